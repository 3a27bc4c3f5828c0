package vn.tinhso.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used so far by the platform's JVM, by its PostgreSQL (the server processes of its data directory) and by
 * this benchmark's own JVM, the load generator: where a phase's CPU went, on a machine the three share.
 */
record Cpu(long platformMillis, long databaseMillis, long generatorMillis) {

    static Cpu now(Platform platform, Path dataDir) {
        String directory = dataDir.toAbsolutePath().toString();
        // The backends are children of the postmaster, whose command line names the data directory.
        long database = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(directory)
                        && process.info().command().orElse("").endsWith("postgres"))
                .mapToLong(postmaster -> millis(postmaster) + postmaster.descendants().mapToLong(Cpu::millis).sum())
                .sum();
        return new Cpu(platform.cpuMillis(), database, millis(ProcessHandle.current()));
    }

    Cpu since(Cpu start) {
        return new Cpu(platformMillis - start.platformMillis, databaseMillis - start.databaseMillis,
                generatorMillis - start.generatorMillis);
    }

    private static long millis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }
}
