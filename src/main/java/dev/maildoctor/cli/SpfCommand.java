package dev.maildoctor.cli;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.spf.SpfCheck;
import dev.maildoctor.core.spf.SpfEvaluator;
import dev.maildoctor.core.spf.SpfResult;
import dev.maildoctor.report.JsonText;
import dev.maildoctor.report.SpfJson;
import dev.maildoctor.report.SpfTextReport;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maildoctor spf DOMAIN --ip IP [--sender S] [--helo H]}: RFC 7208 check_host() with the whole
 * include tree. Exit code 0 for pass, 1 for neutral, none and softfail, 2 for fail and permerror,
 * 3 for temperror and usage errors.
 */
@Command(name = "spf", mixinStandardHelpOptions = true,
        description = "Check whether an address may send mail for a domain (SPF), with the whole include tree.")
final class SpfCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "DOMAIN", description = "The domain whose SPF record is checked.")
    String domain;

    @Option(names = "--ip", required = true, paramLabel = "IP", description = "The sending server's address.")
    String ip;

    @Option(names = "--sender", paramLabel = "ADDRESS", description = "The MAIL FROM address. Default: postmaster@DOMAIN.")
    String sender;

    @Option(names = "--helo", paramLabel = "NAME", description = "The HELO/EHLO name of the sending server.")
    String helo;

    @Spec
    CommandSpec spec;

    SpfCommand(CliServices services) {
        // No shared services needed: SPF only asks DNS.
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address;
        Dns dns;
        try {
            address = AddressOption.parse(ip);
            dns = global.dnsSettings().open();
        } catch (InvalidInputException e) {
            err.println("maildoctor: " + messages.render(e.msg()));
            return ExitCode.UNKNOWN;
        } catch (IllegalArgumentException e) {
            err.println("maildoctor: " + e.getMessage());
            return ExitCode.UNKNOWN;
        }
        String name = domain.strip();
        String from = sender == null || sender.isBlank() ? "postmaster@" + name : sender.strip();
        SpfCheck check = new SpfEvaluator(dns).checkHost(address, name, from, helo == null ? name : helo.strip())
                .toCompletableFuture().join();
        if (global.json) {
            out.println(JsonText.write(new SpfJson(messages).check(name, address.getHostAddress(), check)));
        } else {
            out.print(new SpfTextReport(messages).check(name, address.getHostAddress(), check));
        }
        out.flush();
        return exitCode(check.result());
    }

    static int exitCode(SpfResult result) {
        return switch (result) {
            case PASS -> ExitCode.OK;
            case NEUTRAL, NONE, SOFTFAIL -> ExitCode.WARNING;
            case FAIL, PERMERROR -> ExitCode.CRITICAL;
            case TEMPERROR -> ExitCode.UNKNOWN;
        };
    }
}
