package org.edcomply.maven;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.report.ReportFormat;
import org.edcomply.core.triage.SuppressionFile;
import org.edcomply.core.triage.Triage;
import org.edcomply.core.triage.TriageResult;

/**
 * A whole analysis in a JVM of its own, where every way out to the network is watched: a proxy
 * selector that records and refuses every URI that {@code URLConnection}, {@code HttpClient} and
 * plain sockets ask it about, and a listener on the local port that the project's files name in
 * DTDs, entities, schema locations and links. Prints what it saw; exits 0 only when nothing tried.
 *
 * <p>Arguments: the project folder, the listener's port, and {@code --reach-out} to make one
 * connection on purpose (to show that an attempt is seen).
 */
public final class OfflineRun {

    private OfflineRun() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int canaryPort = Integer.parseInt(args[1]);
        List<String> attempts = Collections.synchronizedList(new ArrayList<>());
        ProxySelector.setDefault(new RefusingProxySelector(attempts));
        try (ServerSocket canary = new ServerSocket(canaryPort, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                while (!canary.isClosed()) {
                    try (Socket s = canary.accept()) {
                        attempts.add("connection to 127.0.0.1:" + canaryPort);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();

            if (args.length > 2 && args[2].equals("--reach-out")) {
                try {
                    new URL("http://127.0.0.1:" + canaryPort + "/on-purpose").openStream().close();
                } catch (IOException refused) {
                    // the selector sent it to a closed port; the attempt is what counts
                }
            }
            LocalDate asOf = LocalDate.of(2027, 6, 1) /* ADA Title II applies to the templates */;
            AnalysisRequest request = AnalysisRequest.mavenLayout(project, 17, List.of()).withRules(
                    new JurisdictionOptions(asOf, 180, Path.of("src/compliance/jurisdictions"),
                            Path.of("src/compliance/rules")));
            AnalysisResult result = EdComply.analyse(request);
            TriageResult triage = new Triage(EdComply.builtInCatalog().rules(), asOf).apply(result, project, "",
                    SuppressionFile.readIfPresent(project.resolve(SuppressionFile.FILE_NAME), project), null);
            ComplianceReport report = ComplianceReport.of("offline", "", result, triage, Map.of());
            for (ReportFormat format : ReportFormat.values()) {
                format.render(report);
            }
            System.out.println("files: " + result.filesScanned());
            result.findings().forEach(f -> System.out.println("finding: " + f.requirementId() + " "
                    + f.location().toShortString()));
        }
        attempts.forEach(a -> System.out.println("network: " + a));
        System.exit(attempts.isEmpty() ? 0 : 3);
    }

    /** Records every URI it is asked about and sends the connection to a port where nothing listens. */
    private static final class RefusingProxySelector extends ProxySelector {

        private final List<String> attempts;
        private final InetSocketAddress nowhere;

        RefusingProxySelector(List<String> attempts) throws IOException {
            this.attempts = attempts;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                nowhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), s.getLocalPort());
            }
        }

        @Override
        public List<Proxy> select(URI uri) {
            attempts.add(uri.toString());
            Proxy.Type type = uri.getScheme().startsWith("http") ? Proxy.Type.HTTP : Proxy.Type.SOCKS;
            return List.of(new Proxy(type, nowhere));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
        }
    }
}
