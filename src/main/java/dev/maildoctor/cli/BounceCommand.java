package dev.maildoctor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.BounceFile;
import dev.maildoctor.report.BounceJson;
import dev.maildoctor.report.BounceOutcome;
import dev.maildoctor.report.BounceTextReport;
import java.io.PrintWriter;
import dev.maildoctor.core.kb.Knowledge;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor bounce FILE...|-}: who a bounce says failed, why, and what to do. Exit code 2
 * when a recipient failed permanently, 1 when only temporarily, 0 when none failed, 3 when an
 * input could not be read.
 */
@Command(name = "bounce", mixinStandardHelpOptions = true,
        description = "Explain bounces (.eml, mbox, or text copied from a bounce): who failed, why, and what to do.")
final class BounceCommand implements Callable<Integer> {
    private final CliServices services;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "A bounce (.eml), an mbox, or bounce text; - reads standard input.")
    List<String> files;

    @Option(names = "--check", description = "When a bounce blames the sending address's reputation or a blocklist, "
            + "check that address (and its neighbours) on the blocklists and combine both into one conclusion.")
    boolean check;

    @Option(names = "--zones", split = ",", paramLabel = "ZONE",
            description = "With --check: only these lists (catalogue ids or zone names).")
    List<String> zones = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "N", description = "With --check: neighbours to sample (default 32).")
    Integer sample;

    BounceCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter err = spec.commandLine().getErr();
        // The knowledge base loads while the inputs are decoded; files are decoded on all cores.
        CompletableFuture<Knowledge> loading = services.knowledgeLoading();
        List<Input> inputs = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> decode(files.get(i), messages))
                .collect(Collectors.toList());
        inputs.stream().filter(i -> i.error() != null).forEach(i -> err.println("maildoctor: " + i.error()));
        Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge = loading.join()::explain;
        if (check) {
            BounceCheck checks = new BounceCheck(services, global, zones, sample, knowledge);
            List<Input> checked = new ArrayList<>();
            for (Input in : inputs) {
                checked.add(in.decoded() == null ? in : new Input(in.name(), checks.apply(in.decoded(), err, messages),
                        null));
            }
            inputs = checked;
        }
        print(inputs, messages, knowledge);
        List<BounceReport> all = inputs.stream().filter(i -> i.decoded() != null)
                .flatMap(i -> i.decoded().reports().stream()).toList();
        BounceOutcome outcome = BounceOutcome.worst(all);
        if (outcome == BounceOutcome.PERMANENT) {
            return ExitCode.CRITICAL;
        }
        if (inputs.stream().anyMatch(i -> i.decoded() == null)) {
            return ExitCode.UNKNOWN;
        }
        return outcome == BounceOutcome.TEMPORARY ? ExitCode.WARNING : ExitCode.OK;
    }

    private Input decode(String name, Messages messages) {
        try {
            byte[] data = InputFiles.read(name, services.stdin(), BounceDecoder.MAX_INPUT_BYTES);
            return new Input(name, BounceFile.of(name, services.bounceDecoder().decode(data, name)), null);
        } catch (InvalidInputException e) {
            return new Input(name, null, messages.render(e.msg()));
        }
    }

    /** One command-line input: decoded, or the one-line reason it could not be read. */
    private record Input(String name, BounceFile decoded, String error) {
    }

    private void print(List<Input> inputs, Messages messages,
                       Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge) {
        PrintWriter out = spec.commandLine().getOut();
        // Explaining and formatting cost as much as decoding: done per file on all cores too.
        if (global.json) {
            BounceJson json = new BounceJson(messages, knowledge);
            List<ObjectNode> nodes = inputs.parallelStream().map(in -> in.decoded() != null
                    ? json.toJson(in.decoded())
                    : JsonText.object().put("file", in.name()).put("is_bounce", false).put("error", in.error()))
                    .toList();
            if (inputs.size() == 1) {
                // A single unreadable input prints nothing on stdout: the error went to stderr.
                if (inputs.get(0).decoded() != null) {
                    JsonText.write(nodes.get(0), out);
                    out.println();
                }
            } else {
                JsonText.write(JsonNodeFactory.instance.arrayNode().addAll(nodes), out);
                out.println();
            }
        } else {
            BounceTextReport text = new BounceTextReport(messages, knowledge);
            List<String> rendered = inputs.parallelStream().filter(in -> in.decoded() != null)
                    .map(in -> text.render(in.decoded())).toList();
            out.print(String.join(System.lineSeparator(), rendered));
        }
        out.flush();
    }
}
