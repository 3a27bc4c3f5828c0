package vn.tinhso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from {@code wrk} (Debian package): a C load generator that costs the two shared cores far less than a JVM
 * client, so a latency measured with it is more the server's own. Runs a Lua script with a {@code done} hook appended
 * that prints the numbers in one line; a script may define {@code report()} to add its own line (answer counts).
 */
final class Wrk {

    private static final String DONE = """

            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("wrk-result %d %d %.0f %.0f %.0f %d %d\\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(95), latency:percentile(99), e.status,
                e.connect + e.read + e.write + e.timeout))
              if report then io.write("wrk-report " .. report() .. "\\n") end
            end
            """;
    /**
     * Lua for a script's start: keeps each wrk thread (its {@code id} set) so that {@code report()} can add up what
     * the threads counted.
     */
    static final String THREADS = """
            local threads = {}
            function setup(thread)
              thread:set("id", #threads)
              table.insert(threads, thread)
            end
            """;
    private static final Pattern RESULT = Pattern.compile(
            "wrk-result (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern REPORT = Pattern.compile("wrk-report (.*)");

    private Wrk() {
    }

    /**
     * @param perSecond     completed requests per second of the run
     * @param non2xx        answers with a status other than 2xx or 3xx
     * @param socketErrors  connect, read, write errors and timeouts
     * @param report        the script's own {@code report()} line, or empty
     */
    record Result(double perSecond, double p50Ms, double p95Ms, double p99Ms, long requests, long non2xx,
            long socketErrors, String report) {
    }

    static Result run(String url, Path script, int threads, int connections, int seconds) throws IOException,
            InterruptedException {
        Path withDone = script.resolveSibling(script.getFileName() + ".run.lua");
        Files.writeString(withDone, Files.readString(script) + DONE);
        Process wrk = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "-s", withDone.toString(), url).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher report = REPORT.matcher(output);
        long requests = Long.parseLong(m.group(1));
        return new Result(requests / (Long.parseLong(m.group(2)) / 1e6), micros(m.group(3)), micros(m.group(4)),
                micros(m.group(5)), requests, Long.parseLong(m.group(6)), Long.parseLong(m.group(7)),
                report.find() ? report.group(1).strip() : "");
    }

    /** Whether wrk is on the PATH. */
    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    private static double micros(String value) {
        return Long.parseLong(value) / 1000.0;
    }
}
