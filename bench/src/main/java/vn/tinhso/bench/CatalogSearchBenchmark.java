package vn.tinhso.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Procedure search latency with 2,000 procedures in the catalogue (31 real ones plus generated ones beside them),
 * measured over HTTP against the platform jar, side by side with a baseline: fetching one procedure by its code
 * (same server, same HTTP and JSON path, no search). Reports p50/p95/p99 and the ratio to the baseline.
 *
 * <p>Usage: {@code java -cp bench/target/classes vn.tinhso.bench.CatalogSearchBenchmark platform/target/tinhso-platform.jar}
 */
public final class CatalogSearchBenchmark {

    private static final int CATALOGUE_SIZE = 2_000;
    private static final int WARM_UP = 500;
    private static final int MEASURED = 3_000;
    private static final List<String> QUERIES = List.of("khai sinh", "dang ky khai sinh", "khai sinh lien thong",
            "khai sihn", "giay chung nhan quyen su dung dat lan dau", "cap giay phep xay dung", "ho kinh doanh",
            "dang ky thuong tru", "ly lich tu phap", "cap lai giay phep", "chung thuc ban sao", "doanh nghiep",
            "tam tru", "giay phep lai xe", "bao hiem xa hoi", "ket hon", "thay doi noi dung dang ky", "dat dai",
            "trong lua", "ho ngheo");

    private CatalogSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "platform/target/tinhso-platform.jar");
        Path data = Files.createTempDirectory("tinhso-bench-");
        try (Platform platform = Platform.start(jar, data)) {
            HttpClient client = HttpClient.newHttpClient();
            int generated = seed(client, platform);
            System.out.printf(Locale.ROOT, "Catalogue: %d generated procedures beside the demo ones%n", generated);
            List<String> codes = List.of("1.001193", "1.013978", "STG-DD-001", "2.000986", "1.004222");
            Latencies baseline = run(client, platform, i -> "/api/v1/procedures/" + codes.get(i % codes.size()));
            Latencies search = run(client, platform, i -> "/api/v1/procedures?size=20&q="
                    + URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8));
            report("baseline: GET /api/v1/procedures/{code}", baseline, null);
            report("search:   GET /api/v1/procedures?q=...", search, baseline);
            System.out.printf(Locale.ROOT, "Target: search p95 < 30 ms -> %s%n",
                    search.percentileMillis(95) < 30 ? "MET" : "NOT MET");
        }
    }

    private static Latencies run(HttpClient client, Platform platform, java.util.function.IntFunction<String> path)
            throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(platform.base() + path.apply(i))).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path.apply(i));
            }
            if (i >= WARM_UP) {
                latencies.record(elapsed);
            }
        }
        return latencies;
    }

    private static void report(String name, Latencies latencies, Latencies baseline) {
        System.out.printf(Locale.ROOT, "%-42s n=%d  p50=%6.2f ms  p95=%6.2f ms  p99=%6.2f ms%s%n", name,
                latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                latencies.percentileMillis(99), baseline == null ? "" : String.format(Locale.ROOT,
                        "  (p95 x%.2f, p99 x%.2f of baseline)",
                        latencies.percentileMillis(95) / baseline.percentileMillis(95),
                        latencies.percentileMillis(99) / baseline.percentileMillis(99)));
    }

    /** Imports generated procedures through the administrator's JSON import, in batches. */
    private static int seed(HttpClient client, Platform platform) throws IOException, InterruptedException {
        int existing = 31 + 1;
        int toGenerate = CATALOGUE_SIZE - existing;
        Random random = new Random(42);
        String auth = "Basic " + Base64.getEncoder().encodeToString("danhmuc:TinhSo@2026".getBytes());
        for (int from = 0; from < toGenerate; from += 250) {
            List<String> batch = new ArrayList<>();
            for (int i = from; i < Math.min(from + 250, toGenerate); i++) {
                batch.add(GeneratedProcedures.json(i, random));
            }
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(platform.base() + "/api/v1/admin/procedures/import?publish=true"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", batch) + "]")).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Import failed: " + response.body());
            }
        }
        return toGenerate;
    }
}
