package org.edcomply.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the resources of one folder across the class path (directories and jars), so that data
 * files such as jurisdictions and check descriptors are found without an index to keep in sync.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /**
     * @param folder a folder path without leading slash, e.g. {@code org/edcomply/jurisdictions/}
     * @param suffix the file ending to keep, e.g. {@code .yaml}
     * @return resource names (folder + file name), sorted; direct children only
     */
    public static TreeSet<String> list(ClassLoader loader, String folder, String suffix) {
        String dir = folder.endsWith("/") ? folder : folder + "/";
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(dir);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    Path path = Paths.get(url.toURI());
                    try (Stream<Path> files = Files.list(path)) {
                        files.map(p -> p.getFileName().toString())
                                .filter(n -> n.endsWith(suffix))
                                .forEach(n -> names.add(dir + n));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(dir) && name.endsWith(suffix)
                                    && name.indexOf('/', dir.length()) < 0) {
                                names.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
