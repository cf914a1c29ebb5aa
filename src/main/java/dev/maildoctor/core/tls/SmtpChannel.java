package dev.maildoctor.core.tls;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text SMTP part of a STARTTLS probe. Reads byte by byte on purpose: a buffering reader
 * could swallow the first bytes of the TLS handshake that follow the STARTTLS reply.
 */
final class SmtpChannel {
    private static final int MAX_LINE = 4096;
    private static final int MAX_LINES = 200;

    private final InputStream in;
    private final OutputStream out;
    private final List<String> transcript;

    SmtpChannel(Socket socket, List<String> transcript) throws IOException {
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.transcript = transcript;
    }

    SmtpReply read() throws IOException {
        List<String> lines = new ArrayList<>();
        int code = -1;
        while (lines.size() < MAX_LINES) {
            String line = readLine();
            transcript.add("S: " + line);
            if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)
                    || (line.length() > 3 && line.charAt(3) != '-' && line.charAt(3) != ' ')) {
                throw new ProtocolException("not an SMTP reply: " + line);
            }
            int lineCode = Integer.parseInt(line.substring(0, 3));
            if (code != -1 && lineCode != code) {
                throw new ProtocolException("reply code changed within a reply: " + line);
            }
            code = lineCode;
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) == ' ') {
                return new SmtpReply(code, lines);
            }
        }
        throw new ProtocolException("reply longer than " + MAX_LINES + " lines");
    }

    SmtpReply command(String line) throws IOException {
        transcript.add("C: " + line);
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return read();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (line.size() >= MAX_LINE) {
                throw new ProtocolException("reply line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }
}
