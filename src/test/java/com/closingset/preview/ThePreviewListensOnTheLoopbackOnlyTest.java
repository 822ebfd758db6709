package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview is for the person at this machine: it is bound to 127.0.0.1, so no other machine can
 * connect, and it answers only requests addressed to the loopback, so that a site whose name a
 * hostile DNS points at 127.0.0.1 cannot read it through the user's own browser.
 */
class ThePreviewListensOnTheLoopbackOnlyTest {
    @TempDir
    Path output;

    @Test
    void itIsBoundToTheLoopbackAddress() throws IOException {
        try (PreviewServer server = server()) {
            assertThat(server.address().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        }
    }

    @Test
    void anotherAddressOfThisMachineIsRefused() throws IOException {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
        assumeTrue(other.isPresent(), "this machine has no address but the loopback to try");
        try (PreviewServer server = server()) {
            int port = server.address().getPort();
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(other.get(), port), 2000);
                }
            }).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws IOException {
        try (PreviewServer server = server()) {
            int port = server.address().getPort();
            assertThat(get(port, "attacker.example:" + port)).startsWith("HTTP/1.1 403");
            assertThat(get(port, "127.0.0.1.attacker.example")).startsWith("HTTP/1.1 403");
            assertThat(get(port, "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
            assertThat(get(port, "localhost:" + port)).startsWith("HTTP/1.1 200");
        }
    }

    private PreviewServer server() throws IOException {
        return new PreviewServer(0, new PreviewStates(), output, "output", p -> Optional.empty());
    }

    private static String get(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
