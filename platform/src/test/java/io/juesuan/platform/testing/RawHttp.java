package io.juesuan.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request written byte for byte as given, over a plain socket: HTTP clients tidy a request target
 * (collapse double slashes, drop dot segments, re-encode), which is exactly what a test of path spellings must
 * not have done for it.
 */
public final class RawHttp {

    /** The status, media type and entity tag of an answer, and its body as text. */
    public record Answer(int status, String contentType, String etag, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(int port, String method, String target, String token, String contentType,
                              byte[] body) {
        String length = body == null ? null : "Content-Length: " + body.length;
        return exchange(port, method, target, token, contentType, length, body);
    }

    /** A request that declares {@code declaredLength} bytes but sends only {@code body}: a limit must act on the header. */
    public static Answer sendDeclaring(int port, String method, String target, String token, String contentType,
                                       long declaredLength, byte[] body) {
        return exchange(port, method, target, token, contentType, "Content-Length: " + declaredLength, body);
    }

    /** The body in one chunk, with no Content-Length. */
    public static Answer sendChunked(int port, String method, String target, String token, String contentType,
                                     byte[] body) {
        byte[] head = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] chunked = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, chunked, 0, head.length);
        System.arraycopy(body, 0, chunked, head.length, body.length);
        System.arraycopy(tail, 0, chunked, head.length + body.length, tail.length);
        return exchange(port, method, target, token, contentType, "Transfer-Encoding: chunked", chunked);
    }

    private static Answer exchange(int port, String method, String target, String token, String contentType,
                                   String framing, byte[] body) {
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Connection: close\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (framing != null) {
            head.append(framing).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read a body it refuses; its answer is what counts
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer's head and its body as framed by its Content-Length or chunks: the server need not close the
     * connection after refusing a body it has not read.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int headEnd = -1;
        long bodyLength = -1;
        boolean chunked = false;
        byte[] buffer = new byte[8192];
        while (true) {
            if (headEnd >= 0) {
                String received = bytes.toString(StandardCharsets.ISO_8859_1);
                if (bodyLength >= 0 && bytes.size() - headEnd >= bodyLength
                        || chunked && received.endsWith("\r\n0\r\n\r\n")) {
                    return bytes.toByteArray();
                }
            }
            int read;
            try {
                read = in.read(buffer);
            } catch (java.net.SocketException e) {
                read = -1; // reset after the answer: what was received is the answer
            }
            if (read < 0) {
                return bytes.toByteArray();
            }
            bytes.write(buffer, 0, read);
            if (headEnd < 0) {
                String received = bytes.toString(StandardCharsets.ISO_8859_1);
                int end = received.indexOf("\r\n\r\n");
                if (end >= 0) {
                    headEnd = end + 4;
                    String head = received.substring(0, end).toLowerCase(Locale.ROOT);
                    chunked = head.contains("transfer-encoding: chunked");
                    for (String line : head.split("\r\n")) {
                        if (line.startsWith("content-length:")) {
                            bodyLength = Long.parseLong(line.substring("content-length:".length()).strip());
                        }
                    }
                    if (!chunked && bodyLength < 0 && head.startsWith("http/1.1 204") || head.startsWith("http/1.1 304")) {
                        bodyLength = 0;
                    }
                }
            }
        }
    }

    private static Answer parse(byte[] response) {
        String head = new String(response, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? head : head.substring(0, end)).split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
            throw new IllegalStateException("not an HTTP answer: " + new String(response, StandardCharsets.UTF_8));
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        String contentType = header(lines, "content-type");
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(header(lines, "transfer-encoding"))) {
            body = unchunked(body);
        }
        return new Answer(status, contentType, header(lines, "etag"), new String(body, StandardCharsets.UTF_8));
    }

    /** The entity of a chunked body: where the server split it depends on timing, what it sent does not. */
    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream entity = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            entity.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return entity.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String header(String[] lines, String name) {
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }
}
