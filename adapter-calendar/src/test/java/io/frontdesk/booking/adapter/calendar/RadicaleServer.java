package io.frontdesk.booking.adapter.calendar;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real CalDAV server for tests: Radicale (Debian's {@code radicale} package), started on a free loopback port
 * with its own configuration, storage folder and users (htpasswd, plain), all in one home folder. It can be
 * stopped and started again on the same port and storage, to play an outage — also by another handle on the same
 * home ({@link #attach}), since the running process is found through a pid file there. Offers what tests need to
 * look into calendars: create one, list its events, read one.
 */
public final class RadicaleServer implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(30);

    private final Path home;
    private final int port;
    private final Map<String, String> users;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RadicaleServer(Path home, int port, Map<String, String> users) {
        this.home = home;
        this.port = port;
        this.users = Map.copyOf(users);
    }

    /** Starts a server whose accounts are {@code users} (name to password). */
    public static RadicaleServer start(Map<String, String> users) {
        try {
            Path home = Files.createTempDirectory("radicale-test");
            StringBuilder htpasswd = new StringBuilder();
            users.forEach((name, password) -> htpasswd.append(name).append(':').append(password).append('\n'));
            Files.writeString(home.resolve("users"), htpasswd);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Files.writeString(home.resolve("port"), Integer.toString(port));
            Files.writeString(home.resolve("config"), String.join("\n",
                    "[server]", "hosts = 127.0.0.1:" + port,
                    "[auth]", "type = htpasswd", "htpasswd_filename = " + home.resolve("users"),
                    "htpasswd_encryption = plain", "delay = 0",
                    "[rights]", "type = owner_only",
                    "[storage]", "filesystem_folder = " + home.resolve("collections"),
                    "[web]", "type = none",
                    "[logging]", "level = warning", ""));
            RadicaleServer server = new RadicaleServer(home, port, users);
            server.resume();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A handle on the server whose home folder is {@code home}, started by {@link #start} (maybe elsewhere). */
    public static RadicaleServer attach(Path home) {
        try {
            int port = Integer.parseInt(Files.readString(home.resolve("port")).strip());
            Map<String, String> users = new java.util.HashMap<>();
            for (String line : Files.readAllLines(home.resolve("users"))) {
                if (line.contains(":")) {
                    users.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
                }
            }
            return new RadicaleServer(home, port, users);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path home() {
        return home;
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:5232/}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the server (again), on the same port and storage, and waits until it answers. */
    public synchronized void resume() {
        if (running().isPresent()) {
            return;
        }
        Process process;
        try {
            List<String> command = new ArrayList<>(launcher());
            command.addAll(List.of("--config", home.resolve("config").toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile())).start();
            Files.writeString(home.resolve("pid"), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new IllegalStateException("Radicale could not be started; install it with "
                    + "'apt-get install radicale'", e);
        }
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("Radicale did not come up on port " + port + ": " + log());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** Stops the server; its calendars stay on disk for {@link #resume()}. */
    public synchronized void pause() {
        running().ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                process.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Files.deleteIfExists(home.resolve("pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Optional<ProcessHandle> running() {
        try {
            Path pid = home.resolve("pid");
            if (!Files.exists(pid)) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pause();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind harms nobody
        }
    }

    /** Creates the calendar collection {@code /<user>/<name>/} and answers its URL. */
    public URI createCalendar(String user, String name) {
        URI url = baseUrl().resolve(user + "/" + name + "/");
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:set><D:prop><D:displayname>%s</D:displayname></D:prop></D:set>
                </C:mkcalendar>""".formatted(name);
        HttpResponse<String> response = send(HttpRequest.newBuilder(url).header("Authorization", auth(user))
                .method("MKCALENDAR", HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("MKCALENDAR " + url + " answered " + response.statusCode());
        }
        return url;
    }

    /** The names of the event resources in a calendar (one per stored event). */
    public List<String> resources(String user, URI calendar) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(calendar).header("Authorization", auth(user))
                .header("Depth", "1").method("PROPFIND", HttpRequest.BodyPublishers.ofString("""
                        <?xml version="1.0" encoding="utf-8"?>
                        <D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>""")));
        if (response.statusCode() != 207) {
            throw new IllegalStateException("PROPFIND " + calendar + " answered " + response.statusCode());
        }
        List<String> names = new ArrayList<>();
        Matcher href = Pattern.compile("<(?:\\w+:)?href>([^<]+\\.ics)</(?:\\w+:)?href>").matcher(response.body());
        while (href.find()) {
            String path = href.group(1);
            names.add(path.substring(path.lastIndexOf('/') + 1));
        }
        return names;
    }

    /** The iCalendar text of one resource, or empty when there is none. */
    public java.util.Optional<String> read(String user, URI calendar, String resource) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(calendar.resolve(resource))
                .header("Authorization", auth(user)).GET());
        return response.statusCode() == 200 ? java.util.Optional.of(response.body()) : java.util.Optional.empty();
    }

    private String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + users.get(user))
                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean answers() {
        try {
            http.send(HttpRequest.newBuilder(baseUrl()).timeout(Duration.ofSeconds(1)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String log() {
        try {
            return Files.readString(home.resolve("server.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The {@code radicale} program where installed as such, else the Python module. */
    private static List<String> launcher() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "radicale"))) {
                return List.of(Path.of(dir, "radicale").toString());
            }
        }
        return List.of("python3", "-m", "radicale");
    }
}
