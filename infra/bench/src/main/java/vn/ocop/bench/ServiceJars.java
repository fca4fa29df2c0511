package vn.ocop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where a service's runnable jar is: the same rule as the launcher's. */
final class ServiceJars {

    private ServiceJars() {}

    static Path locate(Platform platform, String module) throws IOException {
        Path target = Path.of(System.getProperty("ocop.local.repo-dir", "."))
                .resolve(module)
                .resolve("target");
        Path exact = target.resolve(module + ".jar");
        if (Files.isRegularFile(exact)) {
            return exact.toAbsolutePath();
        }
        try (Stream<Path> files = Files.list(target)) {
            List<Path> versioned = files.filter(f -> f.getFileName()
                            .toString()
                            .matches(java.util.regex.Pattern.quote(module)
                                    + "-\\d[^/]*(?<!-sources|-tests|-javadoc)\\.jar"))
                    .toList();
            if (versioned.size() != 1) {
                throw new ScenarioSkipped("no single jar for " + module + " in " + target);
            }
            return versioned.get(0).toAbsolutePath();
        }
    }
}
