package vn.tinhso.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Server time of the pages (portal, workbench, administration) with 100,000 dossiers loaded, each page side by side
 * with a baseline: the platform's own static stylesheet, served by the same server through the same filters.
 *
 * <p>Each page is requested by one signed-in browser-like client (session cookie, as the pages are used) in a loop:
 * warm-up, then the measured requests; the report gives p50/p95/p99 and the ratio to the baseline. Target: p95 under
 * 100 ms for every page.
 *
 * <p>Usage: {@code java -cp bench/target/classes:postgresql.jar vn.tinhso.bench.PageBenchmark
 * platform/target/tinhso-platform.jar} (see docs/benchmarks.md). Options: {@code -Ddossiers=100000 -Drequests=300
 * -DwarmUp=50}.
 */
public final class PageBenchmark {

    private static final int LOADED = Integer.getInteger("dossiers", 100_000);
    private static final int REQUESTS = Integer.getInteger("requests", 300);
    private static final int WARM_UP = Integer.getInteger("warmUp", 50);
    private static final String AGENCY = "000.00.51.H92";

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "platform/target/tinhso-platform.jar");
        int dbPort = Platform.freePort();
        Path data = Files.createTempDirectory("tinhso-bench-pages-");
        try (Platform platform = Platform.start(jar, data, "--tinhso.db.port=" + dbPort)) {
            String jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/tinhso";
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                load(connection);
            }
            HttpClient anonymous = client();
            HttpClient citizen = signedIn(platform, "congdan");
            HttpClient officer = signedIn(platform, "motcua");
            HttpClient admin = signedIn(platform, "quantri");
            saveCitizenProfile(platform, citizen, loadedId(7));

            Map<String, Result> results = new LinkedHashMap<>();
            results.put("baseline: GET /css/tinhso.css", measure(platform, anonymous, i -> "/css/tinhso.css"));
            results.put("home /", measure(platform, anonymous, i -> "/"));
            results.put("search /thu-tuc?q=khai sinh", measure(platform, anonymous, i -> "/thu-tuc?q=khai%20sinh"));
            results.put("procedure /thu-tuc/STG-DD-001", measure(platform, anonymous, i -> "/thu-tuc/STG-DD-001"));
            results.put("lookup /tra-cuu?ma=&dinhDanh=", measure(platform, anonymous, i -> {
                int dossier = ThreadLocalRandom.current().nextInt(LOADED);
                return "/tra-cuu?ma=" + loadedCode(dossier) + "&dinhDanh=" + loadedId(dossier);
            }));
            results.put("citizen /ca-nhan/ho-so", measure(platform, citizen, i -> "/ca-nhan/ho-so"));
            results.put("wizard /nop-ho-so/1.001193", measure(platform, citizen, i -> "/nop-ho-so/1.001193"));
            results.put("inbox /can-bo", measure(platform, officer, i -> "/can-bo?coQuan=" + AGENCY));
            results.put("dossier /can-bo/ho-so/{code}", measure(platform, officer,
                    i -> "/can-bo/ho-so/" + loadedCode(ThreadLocalRandom.current().nextInt(LOADED))));
            results.put("dashboard /can-bo/bang-dieu-khien", measure(platform, officer,
                    i -> "/can-bo/bang-dieu-khien?coQuan=" + AGENCY));
            results.put("intake /can-bo/tiep-nhan?thuTuc=", measure(platform, officer,
                    i -> "/can-bo/tiep-nhan?thuTuc=1.001193"));
            results.put("editor /quan-tri/thu-tuc/STG-DD-001", measure(platform, admin,
                    i -> "/quan-tri/thu-tuc/STG-DD-001"));
            report(results);
        }
    }

    private static HttpClient client() {
        return SignIn.client();
    }

    /** Signs in through single sign-on, as a browser does: the session cookie then carries the sign-in. */
    private static HttpClient signedIn(Platform platform, String username) throws Exception {
        return SignIn.session(platform.base(), username);
    }

    private static void saveCitizenProfile(Platform platform, HttpClient citizen, String idNumber) throws Exception {
        String token = csrf(get(platform, citizen, "/ca-nhan/ho-so"));
        post(platform, citizen, "/ca-nhan/thong-tin", "fullName=" + encode("Nguyễn Văn 7") + "&idNumber=" + idNumber
                + "&_csrf=" + encode(token));
    }

    @FunctionalInterface
    private interface Path0 {
        String of(int i);
    }

    private record Result(Latencies latencies, double seconds) {
    }

    private static Result measure(Platform platform, HttpClient client, Path0 path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            expectOk(get(platform, client, path.of(i)));
        }
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            String target = path.of(i);
            long begin = System.nanoTime();
            HttpResponse<String> response = get(platform, client, target);
            latencies.record(System.nanoTime() - begin);
            expectOk(response);
        }
        return new Result(latencies, (System.nanoTime() - start) / 1e9);
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + ": HTTP " + response.statusCode());
        }
    }

    private static HttpResponse<String> get(Platform platform, HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(platform.base() + path)).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(Platform platform, HttpClient client, String path, String form)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(platform.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        return SignIn.csrf(page.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String loadedCode(int dossier) {
        int agency = dossier % 10;
        int ofAgency = dossier / 10;
        return "%s-%s-%04d".formatted(loadedAgency(agency),
                java.time.LocalDate.of(2024, 1, 1).plusDays(ofAgency / 50)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")), ofAgency % 50 + 1);
    }

    private static String loadedAgency(int agency) {
        return agency == 0 ? AGENCY : "000.00.%02d.H92".formatted(60 + agency);
    }

    static String loadedId(int dossier) {
        return String.valueOf(200_000_000_000L + dossier % 20_000);
    }

    /**
     * 100,000 birth-registration dossiers over 10 agencies (one of them the demo commune the officer pages show),
     * 50 a day from 2024, each applicant with five; the last weeks still open, some late.
     */
    private static void load(Connection connection) throws Exception {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                with g as (
                    select i, i % 10 as agency, (i / 10) / 50 as day, (i / 10) % 50 + 1 as number
                    from generate_series(?, ?) i),
                d as (
                    insert into dossier (code, agency_code, procedure_code, procedure_version, case_id, channel,
                        status, applicant, applicant_id, applicant_phone, delivery, received_at, received_by,
                        original_due_at, due_at, finished_at, outcome)
                    select case when agency = 0 then '000.00.51.H92' else format('000.00.%s.H92', 60 + agency) end
                               || '-' || to_char(date '2024-01-01' + day, 'YYMMDD') || '-' || lpad(number::text, 4, '0'),
                        case when agency = 0 then '000.00.51.H92' else format('000.00.%s.H92', 60 + agency) end,
                        '1.001193', 1, null, (array['COUNTER', 'ONLINE', 'POST'])[1 + i % 3],
                        case when day < 180 then 'RETURNED' when i % 3 = 0 then 'IN_PROGRESS' else 'RECEIVED' end,
                        jsonb_build_object('kind', 'PERSON', 'fullName', 'Nguyễn Văn ' || i,
                            'idNumber', (200000000000 + i % 20000)::text, 'address', 'Phường Sóc Trăng',
                            'phone', '09' || lpad((i % 100000000)::text, 8, '0')),
                        (200000000000 + i % 20000)::text, '09' || lpad((i % 100000000)::text, 8, '0'),
                        'COUNTER', r.at, 'motcua', r.at + interval '1 day', r.at + interval '1 day',
                        case when day < 180 then r.at + interval '20 hours' end,
                        case when day < 180 then 'EARLY' end
                    from g, lateral (select ((date '2024-01-01' + day) + time '08:00'
                        + number * interval '5 minutes') at time zone 'Asia/Ho_Chi_Minh' as at) r
                    returning code, received_at, received_by)
                insert into dossier_event (dossier_code, at, actor, action, from_status, to_status, reason,
                    visible_to_citizen)
                select code, received_at, received_by, 'received', null, 'RECEIVED', null, true from d""")) {
            for (int from = 0; from < LOADED; from += 50_000) {
                insert.setInt(1, from);
                insert.setInt(2, Math.min(from + 50_000, LOADED) - 1);
                insert.executeUpdate();
                connection.commit();
            }
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze dossier");
            statement.execute("vacuum analyze dossier_event");
        }
        System.out.printf(Locale.ROOT, "Loaded %,d dossiers in %.0f s%n", LOADED, (System.nanoTime() - start) / 1e9);
    }

    private static void report(Map<String, Result> results) {
        Result baseline = results.values().iterator().next();
        System.out.println();
        System.out.printf(Locale.ROOT, "With %,d dossiers loaded, %d requests per page, one client:%n", LOADED,
                REQUESTS);
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %8s %10s%n", "", "per s", "p50 ms", "p95 ms", "p99 ms",
                "p95/base");
        List<String> missed = new ArrayList<>();
        results.forEach((name, result) -> {
            Latencies l = result.latencies();
            System.out.printf(Locale.ROOT, "%-40s %8.1f %8.2f %8.2f %8.2f %10.1f%n", name,
                    l.count() / result.seconds(), l.percentileMillis(50), l.percentileMillis(95),
                    l.percentileMillis(99), l.percentileMillis(95) / baseline.latencies().percentileMillis(95));
            if (l.percentileMillis(95) >= 100) {
                missed.add(name);
            }
        });
        System.out.println();
        System.out.printf(Locale.ROOT, "Target: every page p95 < 100 ms -> %s%n",
                missed.isEmpty() ? "MET" : "NOT MET for " + missed);
    }
}
