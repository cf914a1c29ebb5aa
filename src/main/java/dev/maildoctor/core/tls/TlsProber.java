package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Probes the TLS set-up of a mail server: STARTTLS on 25/587, implicit TLS on 465. Runs on the
 * executor it is given (by default a daemon thread per probe), never on the caller's thread.
 * Cancelling the returned future closes the connection at once; a cancelled probe yields no report.
 */
public final class TlsProber {
    private final Executor executor;
    private final ChainValidator validator;
    private final AddressResolver resolver;
    private final Clock clock;

    public TlsProber(Executor executor, ChainValidator validator, AddressResolver resolver, Clock clock) {
        this.executor = executor;
        this.validator = validator;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** System resolver, system trust store, one daemon thread per probe. */
    public static TlsProber withDefaults() {
        return new TlsProber(TlsProber::daemonThread, ChainValidator.systemDefault(), AddressResolver.system(),
                Clock.systemUTC());
    }

    /** Completes normally for every probe outcome (failures are findings); only cancellation ends it otherwise. */
    public CompletableFuture<TlsReport> probe(TlsProbeRequest request) {
        ProbeRun run = new ProbeRun(request, resolver);
        CompletableFuture<TlsReport> result = new CompletableFuture<>();
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                run.abort();
            }
        });
        executor.execute(() -> {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(runToReport(request, run));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private TlsReport runToReport(TlsProbeRequest request, ProbeRun run) {
        Instant started = clock.instant();
        try {
            Negotiated n = run.run();
            List<CertificateInfo> chain = n.chain().stream().map(CertificateInfo::of).toList();
            ChainVerdict verdict = validator.validate(n.chain());
            List<TlsFinding> findings = new ArrayList<>();
            findings.add(TlsFinding.of(TlsCheck.CONNECTION, Status.PASS, "tls.connected",
                    request.host(), n.address(), request.port()));
            if (request.mode() == TlsMode.STARTTLS) {
                findings.add(TlsFinding.of(TlsCheck.STARTTLS, Status.PASS, "tls.starttls.offered"));
            }
            findings.addAll(CertificateAssessment.assess(request.host(), n, chain, verdict, clock.instant()));
            return new TlsReport(request, started, since(started), Optional.of(n.address()),
                    Optional.of(n.protocol()), Optional.of(n.cipherSuite()), chain, Optional.of(verdict),
                    Optional.empty(), findings, TlsFixes.forFindings(request, findings, Optional.empty()),
                    run.transcript());
        } catch (ProbeException e) {
            List<TlsFinding> findings = FailureFindings.explain(request, e);
            Optional<TlsFailure> failure = Optional.of(e.failure());
            return new TlsReport(request, started, since(started), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), failure, findings,
                    TlsFixes.forFindings(request, findings, failure), run.transcript());
        }
    }

    private Duration since(Instant started) {
        return Duration.between(started, clock.instant());
    }

    private static void daemonThread(Runnable task) {
        Thread t = new Thread(task, "tls-probe");
        t.setDaemon(true);
        t.start();
    }
}
