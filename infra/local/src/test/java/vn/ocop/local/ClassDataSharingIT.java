package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class data sharing on a real service jar (built by the reactor before this module's integration tests): the jar
 * is extracted to plain jars, the first start writes the archive at exit, later starts map it, and a rebuilt jar
 * starts the cycle again.
 */
class ClassDataSharingIT {

    @TempDir
    Path dir;

    @Test
    void firstStartTrainsLaterStartsMapAndARebuiltJarIsExtractedAgain() throws Exception {
        Path original = ServiceProcess.locateJar(LauncherOptions.defaultRepoDir(), OcopService.DOSSIER);
        Path jar = Files.copy(original, dir.resolve(original.getFileName()));
        ClassDataSharing cds = new ClassDataSharing(dir.resolve("cds"));

        List<String> first = cds.launch(OcopService.DOSSIER, jar);
        Path extracted = Path.of(first.get(first.size() - 1));
        assertThat(extracted).isRegularFile().startsWith(dir.resolve("cds"));
        assertThat(extracted.getParent().resolve("lib"))
                .isDirectoryContaining(p -> p.toString().endsWith(".jar"));
        assertThat(first).anyMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(cds.trained(OcopService.DOSSIER, jar)).isFalse();

        // what the JVM leaves at exit after a first start
        Path archive = Path.of(first.stream()
                .filter(f -> f.startsWith("-XX:ArchiveClassesAtExit="))
                .findFirst()
                .orElseThrow()
                .substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(archive, "archive");
        assertThat(cds.trained(OcopService.DOSSIER, jar)).isTrue();
        assertThat(cds.launch(OcopService.DOSSIER, jar))
                .contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath())
                .noneMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit="));

        // a rebuilt jar: extracted again, archive gone until its first start writes one
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(cds.trained(OcopService.DOSSIER, jar)).isFalse();
        assertThat(cds.launch(OcopService.DOSSIER, jar)).anyMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(archive).doesNotExist();
        assertThat(extracted).isRegularFile();
    }

    @Test
    void aJarThatCannotBeExtractedRunsAsItIs() throws Exception {
        Path notBoot = Files.writeString(dir.resolve("dossier-service.jar"), "not a jar");
        ClassDataSharing cds = new ClassDataSharing(dir.resolve("cds"));

        assertThat(cds.launch(OcopService.DOSSIER, notBoot))
                .containsExactly("-jar", notBoot.toAbsolutePath().toString());
    }
}
