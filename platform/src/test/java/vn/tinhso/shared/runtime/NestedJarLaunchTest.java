package vn.tinhso.shared.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.loader.launch.LaunchedClassLoader;

class NestedJarLaunchTest {

    private final ClassLoader plain = NestedJarLaunchTest.class.getClassLoader();

    @Test
    void warnsOnlyForThePackedJarsLoaderWithVirtualThreads() throws Exception {
        try (var packed = new LaunchedClassLoader(false, new URL[0], plain)) {
            assertThat(NestedJarLaunch.risky(true, packed)).isTrue();
            assertThat(NestedJarLaunch.risky(false, packed)).isFalse();
        }
        assertThat(NestedJarLaunch.risky(true, plain)).isFalse();
    }
}
