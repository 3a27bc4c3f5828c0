package vn.tinhso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dossier intake and public lookup, over HTTP against the platform jar, side by side with plain-JDBC baselines in the
 * same PostgreSQL (the platform's embedded one, started on a fixed port so that this process can connect too):
 *
 * <ul>
 *   <li><b>intake</b>: {@code POST /api/v1/dossiers} (birth registration 1.001193 at the counter, signed in as the
 *       one-stop officer with HTTP Basic) from concurrent keep-alive clients over three agencies, against the same
 *       rows written with plain JDBC — sequence upsert, dossier, its documents, one timeline event, one transaction
 *       per dossier — at the same concurrency;
 *   <li><b>lookup</b>: with 1,000,000 dossiers loaded by SQL, {@code GET /api/v1/public/dossiers/{code}?idNumber=}
 *       on random codes (one in ten with a wrong id: 404), against the same two queries over plain JDBC.
 * </ul>
 *
 * <p>Usage: {@code java -cp bench/target/classes:postgresql.jar vn.tinhso.bench.DossierBenchmark
 * platform/target/tinhso-platform.jar [--platform-option ...]}; arguments after the jar go to the platform (e.g.
 * {@code --tinhso.db.pool-size=20}). Sizes: {@code -Dintake=3000 -DintakeWarmUp=1000 -DintakeClients=16 -Ddossiers=1000000
 * -Dlookups=5000 -DlookupWarmUp=10000 -DlookupClients=8 -DwrkSeconds=20}; the lookup is run a second time with
 * {@code wrk} as the load generator when it is installed.
 */
public final class DossierBenchmark {

    private static final int INTAKE_WARM_UP = Integer.getInteger("intakeWarmUp", 3_000);
    private static final int INTAKE = Integer.getInteger("intake", 3_000);
    private static final int INTAKE_CLIENTS = Integer.getInteger("intakeClients", 16);
    private static final int LOADED = Integer.getInteger("dossiers", 1_000_000);
    private static final int LOOKUP_WARM_UP = Integer.getInteger("lookupWarmUp", 10_000);
    private static final int LOOKUPS = Integer.getInteger("lookups", 5_000);
    private static final int LOOKUP_CLIENTS = Integer.getInteger("lookupClients", 8);
    private static final int WRK_SECONDS = Integer.getInteger("wrkSeconds", 20);
    /** When above 0, PostgreSQL's most expensive statements of the intake phase (pg_stat_statements), that many. */
    private static final int PG_STATEMENTS = Integer.getInteger("pgStatements", 0);

    private static final String PROCEDURE = "1.001193";
    private static final List<String> AGENCIES = List.of("000.00.51.H92", "000.00.52.H92", "000.00.53.H92");
    /** Agencies of the baseline's rows, so their daily sequences never meet the platform's. */
    private static final List<String> BASELINE_AGENCIES = List.of("000.00.91.H92", "000.00.92.H92",
            "000.00.93.H92");
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("motcua:TinhSo@2026".getBytes(StandardCharsets.UTF_8));
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Loaded dossiers: agencies × days × dossiers a day; dossier i has agency i % 20, id 100000000000 + i. */
    private static final int LOADED_AGENCIES = 20;
    private static final int LOADED_PER_DAY = 50;
    private static final LocalDate LOADED_FROM = LocalDate.of(2023, 1, 1);

    private DossierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "platform/target/tinhso-platform.jar");
        List<String> platformOptions = new ArrayList<>(args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of());
        int dbPort = Platform.freePort();
        platformOptions.add("--tinhso.db.port=" + dbPort);
        if (PG_STATEMENTS > 0) {
            platformOptions.add("--tinhso.db.server.shared_preload_libraries=pg_stat_statements");
        }
        Path data = Files.createTempDirectory("tinhso-bench-");
        System.out.printf(Locale.ROOT, "Platform options: %s; data in %s%n", platformOptions, data);
        try (Platform platform = Platform.start(jar, data, platformOptions.toArray(String[]::new))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/tinhso";
            List<Map<String, Object>> documents = handedInDocuments(client, platform);
            System.out.printf(Locale.ROOT, "Procedure %s: %d documents to hand in%n", PROCEDURE, documents.size());

            Statements statements = PG_STATEMENTS > 0 ? Statements.reset(jdbcUrl) : null;
            // Intake over HTTP.
            AtomicInteger applicants = new AtomicInteger();
            Cpu[] intakeCpu = new Cpu[1];
            Result intake = run("intake", INTAKE_CLIENTS, INTAKE_WARM_UP, INTAKE, (i, thread) -> {
                String body = intakeJson(AGENCIES.get(i % AGENCIES.size()), applicants.incrementAndGet(), documents);
                HttpRequest request = HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/dossiers"))
                        .header("Authorization", AUTH).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("Intake: HTTP " + response.statusCode() + " " + response.body());
                }
            }, () -> intakeCpu[0] = Cpu.now(platform, data));

            // The processes start after each intake commits, from a queue: wait until it is empty (so the baseline
            // runs on a quiet database) and report how far behind the engine was.
            Backlog backlog = awaitProcessStarts(jdbcUrl, intake);
            if (statements != null) {
                statements.print(INTAKE_WARM_UP + INTAKE, PG_STATEMENTS);
            }
            // The measured intakes, until their processes have all started.
            Cpu measuredCpu = Cpu.now(platform, data).since(intakeCpu[0]);
            WrkIntake wrkIntake = wrkIntake(platform, data, jdbcUrl, documents);

            // The same rows with plain JDBC, copying what the platform stored for one of its dossiers.
            Result baseline;
            try (Connections connections = new Connections(jdbcUrl, INTAKE_CLIENTS)) {
                Template template = Template.read(connections.get(0));
                baseline = run("intake baseline", INTAKE_CLIENTS, INTAKE_WARM_UP, INTAKE, (i, thread) ->
                        insertPlain(connections.get(thread), template,
                                BASELINE_AGENCIES.get(i % BASELINE_AGENCIES.size()), 500_000 + i, documents));
            }

            // An authenticated request that does (almost) nothing: what signing in costs on every request.
            Result signedIn = run("signed-in GET", INTAKE_CLIENTS, 50, 500, (i, thread) -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(platform.base()
                        + "/api/v1/dossiers?agency=" + AGENCIES.getFirst() + "&limit=1"))
                        .header("Authorization", AUTH).build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Inbox: HTTP " + response.statusCode() + " " + response.body());
                }
            });

            reportIntake(intake, backlog, measuredCpu, baseline, signedIn);
            if (LOADED == 0) { // -Ddossiers=0: the intake alone
                reportWrkIntake(wrkIntake);
                return;
            }
            // A million dossiers, then the public lookup.
            try (Connections connections = new Connections(jdbcUrl, LOOKUP_CLIENTS)) {
                load(connections.get(0), Template.read(connections.get(0)));
                long lookupCpu = platform.cpuMillis();
                Result lookup = run("lookup", LOOKUP_CLIENTS, LOOKUP_WARM_UP, LOOKUPS, (i, thread) -> {
                    int dossier = ThreadLocalRandom.current().nextInt(LOADED);
                    boolean rightId = ThreadLocalRandom.current().nextInt(10) != 0;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(platform.base()
                            + "/api/v1/public/dossiers/" + loadedCode(dossier) + "?idNumber="
                            + (rightId ? loadedId(dossier) : "999999999999"))).build();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != (rightId ? 200 : 404)) {
                        throw new IllegalStateException("Lookup: HTTP " + response.statusCode() + " "
                                + response.body());
                    }
                });
                lookupCpu = platform.cpuMillis() - lookupCpu;
                WrkLookup wrk = wrkLookup(platform, data);
                Result lookupBaseline = run("lookup baseline", LOOKUP_CLIENTS, LOOKUP_WARM_UP, LOOKUPS,
                        (i, thread) -> {
                            int dossier = ThreadLocalRandom.current().nextInt(LOADED);
                            boolean rightId = ThreadLocalRandom.current().nextInt(10) != 0;
                            boolean found = lookupPlain(connections.get(thread), loadedCode(dossier),
                                    rightId ? loadedId(dossier) : "999999999999");
                            if (found != rightId) {
                                throw new IllegalStateException("Plain lookup of " + loadedCode(dossier));
                            }
                        });
                reportLookup(lookup, lookupBaseline);
                reportWrk(wrk, lookup, lookupCpu);
                reportWrkIntake(wrkIntake);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- intake

    /** PostgreSQL's own account of the statements run, from {@code pg_stat_statements}. */
    private record Statements(String jdbcUrl) {

        static Statements reset(String jdbcUrl) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("create extension if not exists pg_stat_statements");
                statement.execute("select pg_stat_statements_reset()");
            }
            return new Statements(jdbcUrl);
        }

        /** The top statements by execution time since the reset, per dossier received meanwhile. */
        void print(int dossiers, int top) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("""
                            select calls, total_exec_time, rows, sum(calls) over (), sum(total_exec_time) over (),
                                   regexp_replace(query, '\\s+', ' ', 'g')
                              from pg_stat_statements where dbid = (select oid from pg_database
                                                                      where datname = current_database())
                             order by total_exec_time desc""")) {
                System.out.printf(Locale.ROOT, "%nPostgreSQL statements during the intake phase (%,d dossiers):%n",
                        dossiers);
                int shown = 0;
                while (rs.next()) {
                    if (shown == 0) {
                        System.out.printf(Locale.ROOT, "  %.1f statements and %.2f ms of execution per dossier%n",
                                rs.getDouble(4) / dossiers, rs.getDouble(5) / dossiers);
                    }
                    if (shown++ < top) {
                        String query = rs.getString(6);
                        System.out.printf(Locale.ROOT, "  %6.2f calls %7.1f µs each %5.1f %% %s%n",
                                rs.getDouble(1) / dossiers, 1000 * rs.getDouble(2) / rs.getLong(1),
                                100 * rs.getDouble(2) / rs.getDouble(5),
                                query.substring(0, Math.min(110, query.length())));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> handedInDocuments(HttpClient client, Platform platform)
            throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create(platform.base() + "/api/v1/procedures/" + PROCEDURE)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> procedure = (Map<String, Object>) Json.parse(response.body());
        List<Map<String, Object>> documents = (List<Map<String, Object>>)
                ((Map<String, Object>) procedure.get("definition")).get("documents");
        return documents.stream().filter(d -> Boolean.TRUE.equals(d.get("mandatory"))
                && !Boolean.TRUE.equals(d.get("toShow"))).toList();
    }

    private static String idNumber(int applicant) {
        return "0942" + String.format(Locale.ROOT, "%08d", applicant);
    }

    private static String applicantJson(int applicant) {
        return """
                {"kind":"PERSON","fullName":"Nguyễn Thị Hồng Nhung","idNumber":"%s","address":"Phường Sóc Trăng",\
                "phone":"0912345678"}""".formatted(idNumber(applicant));
    }

    private static String intakeJson(String agency, int applicant, List<Map<String, Object>> documents) {
        StringBuilder docs = new StringBuilder();
        for (Map<String, Object> document : documents) {
            docs.append(docs.isEmpty() ? "" : ",").append("{\"documentId\":\"").append(document.get("id"))
                    .append("\",\"originals\":1,\"copies\":0}");
        }
        return """
                {"procedureCode":"%s","agencyCode":"%s","channel":"COUNTER","applicant":%s,"delivery":"COUNTER",\
                "documents":[%s]}""".formatted(PROCEDURE, agency, applicantJson(applicant), docs);
    }

    /** What the platform stored for a dossier it received: the values the baseline and the load copy. */
    private record Template(int procedureVersion, String caseId, String receivedBy, Duration timeLimit) {

        static Template read(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                    select procedure_version, case_id, received_by, extract(epoch from due_at - received_at)::bigint
                    from dossier where procedure_code = '1.001193' order by received_at limit 1""")) {
                if (!rs.next()) {
                    throw new IllegalStateException("No dossier received yet");
                }
                return new Template(rs.getInt(1), rs.getString(2), rs.getString(3), Duration.ofSeconds(rs.getLong(4)));
            }
        }
    }

    /** One dossier as intake writes it, minus the application: one transaction, same statements. */
    private static void insertPlain(Connection connection, Template template, String agency, int applicant,
            List<Map<String, Object>> documents) throws SQLException {
        Instant now = Instant.now();
        LocalDate day = now.atZone(VIETNAM).toLocalDate();
        try {
            int sequence;
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into dossier_sequence (agency_code, day, last_value) values (?, ?, 1)
                    on conflict (agency_code, day) do update set last_value = dossier_sequence.last_value + 1
                    returning last_value""")) {
                upsert.setString(1, agency);
                upsert.setObject(2, day);
                try (ResultSet rs = upsert.executeQuery()) {
                    rs.next();
                    sequence = rs.getInt(1);
                }
            }
            String code = "%s-%s-%04d".formatted(agency, day.format(java.time.format.DateTimeFormatter
                    .ofPattern("yyMMdd")), sequence);
            Timestamp receivedAt = Timestamp.from(now);
            Timestamp dueAt = Timestamp.from(now.plus(template.timeLimit()));
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into dossier (code, agency_code, procedure_code, procedure_version, case_id, channel,
                        status, applicant, applicant_id, applicant_phone, submitter, delivery, form_data,
                        received_at, received_by, original_due_at, due_at)
                    values (?, ?, ?, ?, ?, 'COUNTER', 'RECEIVED', ?::jsonb, ?, ?, null, 'COUNTER', null, ?, ?, ?, ?)""")) {
                insert.setString(1, code);
                insert.setString(2, agency);
                insert.setString(3, PROCEDURE);
                insert.setInt(4, template.procedureVersion());
                insert.setString(5, template.caseId());
                insert.setString(6, applicantJson(applicant));
                insert.setString(7, idNumber(applicant));
                insert.setString(8, "0912345678");
                insert.setTimestamp(9, receivedAt);
                insert.setString(10, template.receivedBy());
                insert.setTimestamp(11, dueAt);
                insert.setTimestamp(12, dueAt);
                insert.executeUpdate();
            }
            for (Map<String, Object> document : documents) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into dossier_document (dossier_code, document_id, name, originals, copies, file_id)
                        values (?, ?, ?, 1, 0, null)""")) {
                    insert.setString(1, code);
                    insert.setString(2, (String) document.get("id"));
                    insert.setString(3, (String) document.get("name"));
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into dossier_event (dossier_code, at, actor, action, from_status, to_status, reason,
                        visible_to_citizen) values (?, ?, ?, 'received', null, 'RECEIVED', null, true)""")) {
                insert.setString(1, code);
                insert.setTimestamp(2, receivedAt);
                insert.setString(3, template.receivedBy());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------------- lookup

    static String loadedCode(int dossier) {
        int agency = dossier % LOADED_AGENCIES;
        int ofAgency = dossier / LOADED_AGENCIES;
        LocalDate day = LOADED_FROM.plusDays(ofAgency / LOADED_PER_DAY);
        return "%s-%s-%04d".formatted(loadedAgency(agency), day.format(java.time.format.DateTimeFormatter
                .ofPattern("yyMMdd")), ofAgency % LOADED_PER_DAY + 1);
    }

    private static String loadedAgency(int agency) {
        return "000.00.%02d.H92".formatted(10 + agency);
    }

    static String loadedId(int dossier) {
        return String.valueOf(100_000_000_000L + dossier);
    }

    /** A million dossiers over 20 agencies and 1,000 days, each with its "received" event, by SQL. */
    private static void load(Connection connection, Template template) throws SQLException {
        long start = System.nanoTime();
        int chunk = 100_000;
        try (PreparedStatement insert = connection.prepareStatement("""
                with g as (
                    select i, i % 20 as agency, (i / 20) / 50 as day, (i / 20) % 50 + 1 as number
                    from generate_series(?, ?) i),
                d as (
                    insert into dossier (code, agency_code, procedure_code, procedure_version, case_id, channel,
                        status, applicant, applicant_id, applicant_phone, delivery, received_at, received_by,
                        original_due_at, due_at, finished_at, outcome)
                    select format('000.00.%s.H92', 10 + agency) || '-'
                               || to_char(date '2023-01-01' + day, 'YYMMDD') || '-' || lpad(number::text, 4, '0'),
                        format('000.00.%s.H92', 10 + agency), '1.001193', ?, ?,
                        (array['COUNTER', 'ONLINE', 'POST'])[1 + i % 3],
                        case when day < 990 then 'RETURNED' else 'IN_PROGRESS' end,
                        jsonb_build_object('kind', 'PERSON', 'fullName', 'Nguyễn Văn ' || i,
                            'idNumber', (100000000000 + i)::text, 'address', 'Phường Sóc Trăng',
                            'phone', '09' || lpad((i % 100000000)::text, 8, '0')),
                        (100000000000 + i)::text, '09' || lpad((i % 100000000)::text, 8, '0'),
                        'COUNTER', r.at, ?, r.at + ? * interval '1 second', r.at + ? * interval '1 second',
                        case when day < 990 then r.at + interval '2 days' end,
                        case when day < 990 then 'EARLY' end
                    from g, lateral (select ((date '2023-01-01' + day) + time '08:00'
                        + number * interval '5 minutes') at time zone 'Asia/Ho_Chi_Minh' as at) r
                    returning code, received_at, received_by)
                insert into dossier_event (dossier_code, at, actor, action, from_status, to_status, reason,
                    visible_to_citizen)
                select code, received_at, received_by, 'received', null, 'RECEIVED', null, true from d""")) {
            for (int from = 0; from < LOADED; from += chunk) {
                insert.setInt(1, from);
                insert.setInt(2, Math.min(from + chunk, LOADED) - 1);
                insert.setInt(3, template.procedureVersion());
                insert.setString(4, template.caseId());
                insert.setString(5, template.receivedBy());
                insert.setLong(6, template.timeLimit().toSeconds());
                insert.setLong(7, template.timeLimit().toSeconds());
                insert.executeUpdate();
                connection.commit();
                System.out.printf(Locale.ROOT, "  loaded %,d dossiers (%.0f s)%n", Math.min(from + chunk, LOADED),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze dossier");
            statement.execute("vacuum analyze dossier_event");
        }
        connection.setAutoCommit(false);
        System.out.printf(Locale.ROOT, "Loaded %,d dossiers with their events, vacuumed and analysed in %.0f s%n",
                LOADED, (System.nanoTime() - start) / 1e9);
    }

    /** The lookup's two queries; false when the code is unknown or the id is not the applicant's. */
    private static boolean lookupPlain(Connection connection, String code, String idNumber) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("select * from dossier where code = ?")) {
            find.setString(1, code);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next() || !idNumber.equals(rs.getString("applicant_id"))) {
                    connection.commit();
                    return false;
                }
                rs.getString("applicant");
            }
        }
        try (PreparedStatement events = connection.prepareStatement(
                "select * from dossier_event where dossier_code = ? and visible_to_citizen order by id")) {
            events.setString(1, code);
            try (ResultSet rs = events.executeQuery()) {
                while (rs.next()) {
                    rs.getString("action");
                }
            }
        }
        connection.commit();
        return true;
    }

    // ---------------------------------------------------------------------------------------------------- running

    @FunctionalInterface
    private interface Task {
        void run(int index, int thread) throws Exception;
    }

    private record Result(String name, int clients, Latencies latencies, double seconds) {

        double perSecond() {
            return latencies.count() / seconds;
        }
    }

    /** Warm-up, then the measured run: each client takes the next index until all are done. */
    private static Result run(String name, int clients, int warmUp, int measured, Task task) throws Exception {
        return run(name, clients, warmUp, measured, task, () -> { });
    }

    /** The same, calling {@code beforeMeasured} between the warm-up and the measured run. */
    private static Result run(String name, int clients, int warmUp, int measured, Task task,
            Runnable beforeMeasured) throws Exception {
        System.out.printf(Locale.ROOT, "%s: %d warm-up, %d measured, %d clients...%n", name, warmUp, measured,
                clients);
        phase(clients, warmUp, 0, task);
        beforeMeasured.run();
        long start = System.nanoTime();
        Latencies latencies = phase(clients, measured, warmUp, task);
        return new Result(name, clients, latencies, (System.nanoTime() - start) / 1e9);
    }

    private static Latencies phase(int clients, int count, int offset, Task task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<Latencies>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int t = 0; t < clients; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    Latencies latencies = new Latencies();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        task.run(offset + i, thread);
                        latencies.record(System.nanoTime() - start);
                    }
                    return latencies;
                }));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> result : results) {
                all.addAll(result.get());
            }
            return all;
        }
    }

    /** One connection per client, outside any pool, in manual-commit mode. */
    private static final class Connections implements AutoCloseable {

        private final List<Connection> connections = new ArrayList<>();

        Connections(String url, int count) throws SQLException {
            for (int i = 0; i < count; i++) {
                Connection connection = DriverManager.getConnection(url, "postgres", "");
                connection.setAutoCommit(false);
                connections.add(connection);
            }
        }

        Connection get(int i) {
            return connections.get(i);
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ lookup, wrk

    /** The same lookups driven by wrk, and the platform JVM's CPU during them. */
    private record WrkLookup(Wrk.Result result, long platformCpuMillis) {
    }

    private record WrkIntake(Wrk.Result result, long received, Backlog backlog, Cpu cpu) {
    }

    /**
     * The intake again with wrk as the load generator, after the JVM client's phase (the platform is warm): the same
     * requests, each with an applicant of its own, from the same number of connections for {@code -DwrkSeconds}.
     * The script counts the answers; the run only counts if every one is 201. Throughput is dossiers received / wall
     * time; the processes are then awaited as above, and the CPU is taken over both.
     */
    private static WrkIntake wrkIntake(Platform platform, Path work, String jdbcUrl,
            List<Map<String, Object>> documents) throws Exception {
        if (WRK_SECONDS <= 0 || !Wrk.available()) {
            System.out.println("intake with wrk skipped (not installed: apt-get install wrk; or -DwrkSeconds=0)");
            return null;
        }
        Path bodies = work.resolve("intake-bodies.txt");
        StringBuilder lines = new StringBuilder();
        // Enough for 2,000 dossiers/s: an applicant is never repeated.
        for (int n = 0; n < WRK_SECONDS * 2_000; n++) {
            lines.append(intakeJson(AGENCIES.get(n % AGENCIES.size()), 2_000_000 + n, documents)).append('\n');
        }
        Files.writeString(bodies, lines);
        Path script = work.resolve("intake.lua");
        Files.writeString(script, Wrk.THREADS + """
                function init(args)
                  bodies = {}
                  for line in io.lines("%s") do bodies[#bodies + 1] = line end
                  i = id
                  created, other = 0, 0
                  headers = {["Authorization"] = "%s", ["Content-Type"] = "application/json"}
                end
                function request()
                  i = i + 2
                  if i > #bodies then i = id + 1 end
                  return wrk.format("POST", "/api/v1/dossiers", headers, bodies[i])
                end
                function response(status, headers, body)
                  if status == 201 then created = created + 1 else other = other + 1 end
                end
                function report()
                  local c, x = 0, 0
                  for _, t in ipairs(threads) do c = c + t:get("created"); x = x + t:get("other") end
                  return string.format("%%d %%d", c, x)
                end
                """.formatted(bodies, AUTH));
        System.out.printf(Locale.ROOT, "intake with wrk: %d connections, 2 threads, %d s...%n", INTAKE_CLIENTS,
                WRK_SECONDS);
        Cpu start = Cpu.now(platform, work);
        Wrk.Result result = Wrk.run(platform.base() + "/", script, 2, INTAKE_CLIENTS, WRK_SECONDS);
        String[] counts = result.report().split(" ");
        long created = Long.parseLong(counts[0]);
        long other = Long.parseLong(counts[1]);
        if (other > 0 || result.socketErrors() > 0) {
            throw new IllegalStateException("wrk intake: %d received, %d other answers, %d socket errors"
                    .formatted(created, other, result.socketErrors()));
        }
        Result asIfMeasured = new Result("wrk intake", INTAKE_CLIENTS, new Latencies(), result.requests()
                / result.perSecond());
        Backlog backlog = awaitProcessStarts(jdbcUrl, asIfMeasured, created);
        return new WrkIntake(result, created, backlog, Cpu.now(platform, work).since(start));
    }

    private static void reportWrkIntake(WrkIntake wrk) {
        if (wrk == null) {
            return;
        }
        Wrk.Result r = wrk.result();
        System.out.printf(Locale.ROOT, "%-52s %7d %8.1f %9.2f %9.2f %9.2f%n", "intake, wrk as the load generator",
                INTAKE_CLIENTS, r.perSecond(), r.p50Ms(), r.p95Ms(), r.p99Ms());
        System.out.printf(Locale.ROOT, "%-52s %7s %8.1f   (%,d processes still queued when the intake ended, "
                + "all started %.1f s later)%n", "processes started (wrk intakes / until all started)", "",
                wrk.backlog().startsPerSecond(), wrk.backlog().queuedAtEnd(), wrk.backlog().drainSeconds());
        System.out.printf(Locale.ROOT, "CPU per dossier received with wrk, intake and process start: platform JVM "
                + "%.2f ms, PostgreSQL %.2f ms%n", (double) wrk.cpu().platformMillis() / wrk.received(),
                (double) wrk.cpu().databaseMillis() / wrk.received());
        System.out.printf(Locale.ROOT, "Target: intake >= 300 dossiers/s, wrk as the load generator -> %s (%.1f/s)%n",
                r.perSecond() >= 300 ? "MET" : "NOT MET", r.perSecond());
    }

    /**
     * The lookup again with wrk as the load generator (same clients, random loaded codes, one in ten with a wrong
     * id), for {@code -DwrkSeconds}; skipped when wrk is not installed. The JVM client above checks every answer;
     * here the script counts answers by status, and the run only counts if none is other than 200 or 404 and the
     * 404s are the wrong ids' share.
     */
    private static WrkLookup wrkLookup(Platform platform, Path work) throws Exception {
        if (WRK_SECONDS <= 0 || !Wrk.available()) {
            System.out.println("lookup with wrk skipped (not installed: apt-get install wrk; or -DwrkSeconds=0)");
            return null;
        }
        Path paths = work.resolve("lookup-paths.txt");
        int wrongIds = 0;
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < 50_000; n++) {
            int dossier = ThreadLocalRandom.current().nextInt(LOADED);
            boolean rightId = n % 10 != 0;
            wrongIds += rightId ? 0 : 1;
            lines.append("/api/v1/public/dossiers/").append(loadedCode(dossier)).append("?idNumber=")
                    .append(rightId ? loadedId(dossier) : "999999999999").append('\n');
        }
        Files.writeString(paths, lines);
        Path script = work.resolve("lookup.lua");
        Files.writeString(script, Wrk.THREADS + """
                function init(args)
                  paths = {}
                  for line in io.lines("%s") do paths[#paths + 1] = line end
                  i = id * 7919 %% #paths
                  ok, missing, other = 0, 0, 0
                end
                function request()
                  i = i %% #paths + 1
                  return wrk.format(nil, paths[i])
                end
                function response(status, headers, body)
                  if status == 200 then ok = ok + 1 elseif status == 404 then missing = missing + 1
                  else other = other + 1 end
                end
                function report()
                  local o, m, x = 0, 0, 0
                  for _, t in ipairs(threads) do o = o + t:get("ok"); m = m + t:get("missing"); x = x + t:get("other") end
                  return string.format("%%d %%d %%d", o, m, x)
                end
                """.formatted(paths));
        System.out.printf(Locale.ROOT, "lookup with wrk: %d connections, 2 threads, %d s...%n", LOOKUP_CLIENTS,
                WRK_SECONDS);
        Wrk.run(platform.base() + "/", script, 2, LOOKUP_CLIENTS, 5);
        long cpu = platform.cpuMillis();
        Wrk.Result result = Wrk.run(platform.base() + "/", script, 2, LOOKUP_CLIENTS, WRK_SECONDS);
        cpu = platform.cpuMillis() - cpu;
        String[] counts = result.report().split(" ");
        long ok = Long.parseLong(counts[0]);
        long missing = Long.parseLong(counts[1]);
        long other = Long.parseLong(counts[2]);
        double wrongShare = (double) wrongIds / 50_000;
        double missingShare = (double) missing / Math.max(1, ok + missing);
        if (other > 0 || result.socketErrors() > 0 || Math.abs(missingShare - wrongShare) > 0.02) {
            throw new IllegalStateException("wrk lookup: %d ok, %d not found, %d other, %d socket errors"
                    .formatted(ok, missing, other, result.socketErrors()));
        }
        return new WrkLookup(result, cpu);
    }

    // ---------------------------------------------------------------------------------------------------- report

    /** Processes still to start when the intake run ended, and how long the workers took to start them. */
    private record Backlog(long queuedAtEnd, double drainSeconds, double startsPerSecond) {
    }

    private static Backlog awaitProcessStarts(String jdbcUrl, Result intake) throws Exception {
        return awaitProcessStarts(jdbcUrl, intake, intake.latencies().count());
    }

    private static Backlog awaitProcessStarts(String jdbcUrl, Result intake, long received) throws Exception {
        long end = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long queued = waiting(connection);
            while (waiting(connection) > 0) {
                Thread.sleep(100);
            }
            double drain = (System.nanoTime() - end) / 1e9;
            return new Backlog(queued, drain, received / (intake.seconds() + drain));
        }
    }

    private static long waiting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from workflow_start")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void reportIntake(Result intake, Backlog backlog, Cpu intakeCpu, Result baseline,
            Result signedIn) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %7s %8s %9s %9s %9s%n", "", "clients", "per s", "p50 ms", "p95 ms",
                "p99 ms");
        line("intake:   POST /api/v1/dossiers", intake);
        line("baseline: same rows, plain JDBC, 1 tx per dossier", baseline);
        System.out.printf(Locale.ROOT, "%-52s %7s %8.2f %9.2f %9.2f %9.2f%n", "ratio intake / baseline", "",
                intake.perSecond() / baseline.perSecond(), ratio(intake, baseline, 50), ratio(intake, baseline, 95),
                ratio(intake, baseline, 99));
        System.out.printf(Locale.ROOT, "%-52s %7s %8.1f   (%,d processes still queued when the intake ended, "
                + "all started %.1f s later)%n", "processes started (measured intakes / until all started)", "",
                backlog.startsPerSecond(), backlog.queuedAtEnd(), backlog.drainSeconds());
        int dossiers = INTAKE;
        System.out.printf(Locale.ROOT, "CPU per measured dossier, intake and process start: platform JVM %.2f ms, "
                + "PostgreSQL %.2f ms, load generator %.2f ms%n", (double) intakeCpu.platformMillis() / dossiers,
                (double) intakeCpu.databaseMillis() / dossiers, (double) intakeCpu.generatorMillis() / dossiers);
        line("probe:    signed-in GET /api/v1/dossiers?limit=1", signedIn);
        System.out.printf(Locale.ROOT, "Target: intake >= 300 dossiers/s -> %s (%.1f/s)%n",
                intake.perSecond() >= 300 ? "MET" : "NOT MET", intake.perSecond());
    }

    private static void reportLookup(Result lookup, Result lookupBaseline) {
        System.out.printf(Locale.ROOT, "with %s loaded:%n", compact(LOADED));
        line("lookup:   GET /api/v1/public/dossiers/{code}", lookup);
        line("baseline: same 2 queries, plain JDBC", lookupBaseline);
        System.out.printf(Locale.ROOT, "%-52s %7s %8.2f %9.2f %9.2f %9.2f%n", "ratio lookup / baseline", "",
                lookup.perSecond() / lookupBaseline.perSecond(), ratio(lookup, lookupBaseline, 50),
                ratio(lookup, lookupBaseline, 95), ratio(lookup, lookupBaseline, 99));
        System.out.println();
        System.out.printf(Locale.ROOT, "Target: lookup p99 < 20 ms with %s -> %s (%.2f ms)%n",
                compact(LOADED), lookup.latencies().percentileMillis(99) < 20 ? "MET" : "NOT MET",
                lookup.latencies().percentileMillis(99));
    }

    private static String compact(int n) {
        return String.format(Locale.ROOT, "%,d dossiers", n);
    }

    private static double ratio(Result a, Result b, double percentile) {
        return a.latencies().percentileMillis(percentile) / b.latencies().percentileMillis(percentile);
    }

    private static void line(String name, Result result) {
        Latencies l = result.latencies();
        System.out.printf(Locale.ROOT, "%-52s %7d %8.1f %9.2f %9.2f %9.2f%n", name, result.clients(),
                result.perSecond(), l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
    }

    private static void reportWrk(WrkLookup wrk, Result lookup, long lookupCpuMillis) {
        if (wrk == null) {
            return;
        }
        Wrk.Result r = wrk.result();
        System.out.printf(Locale.ROOT, "%-52s %7d %8.1f %9.2f %9.2f %9.2f%n", "lookup, wrk as the load generator",
                LOOKUP_CLIENTS, r.perSecond(), r.p50Ms(), r.p95Ms(), r.p99Ms());
        System.out.printf(Locale.ROOT, "platform JVM CPU per lookup: %.0f µs with the JVM client (its warm-up and JIT included), %.0f µs with wrk%n",
                1000.0 * lookupCpuMillis / (LOOKUP_WARM_UP + LOOKUPS), 1000.0 * wrk.platformCpuMillis() / r.requests());
        System.out.printf(Locale.ROOT, "Target: lookup p99 < 20 ms with %s, wrk as the load generator -> %s "
                + "(%.2f ms)%n", compact(LOADED), r.p99Ms() < 20 ? "MET" : "NOT MET", r.p99Ms());
    }
}
