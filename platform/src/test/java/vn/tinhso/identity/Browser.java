package vn.tinhso.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in a sign-in, over real HTTP: keeps cookies, follows redirects one by one (so a test can stop
 * at a redirect to a client's callback), fills and posts forms. No JavaScript needed by either login page.
 */
final class Browser {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /**
     * Cookies by host, as a browser keeps them for {@code localhost}: a secure context even over plain HTTP, so the
     * {@code Secure} cookies Keycloak sets are sent back (java.net.CookieManager would drop them).
     */
    private final Map<String, Map<String, String>> cookies = new java.util.HashMap<>();

    record Page(int status, URI uri, String location, String body) {

        /** The action of the form with this id (or the first form), entities decoded. */
        String formAction(String id) {
            Matcher form = Pattern.compile("<form[^>]*" + (id == null ? "" : "id=\"" + id + "\"[^>]*")
                    + "action=\"([^\"]+)\"").matcher(body);
            if (!form.find()) {
                throw new IllegalStateException("No form " + id + " on " + uri + ":\n" + body);
            }
            return uri.resolve(form.group(1).replace("&amp;", "&")).toString();
        }

        String hidden(String name) {
            Matcher hidden = HIDDEN.matcher(body);
            while (hidden.find()) {
                if (hidden.group(1).equals(name)) {
                    return hidden.group(2);
                }
            }
            return null;
        }
    }

    Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Follows redirects from {@code page} until one leaves for a URL starting with {@code stopAt}, or a page. */
    Page follow(Page page, String stopAt) {
        Page current = page;
        for (int hops = 0; hops < 20 && current.location() != null; hops++) {
            String next = current.uri().resolve(current.location()).toString();
            if (stopAt != null && next.startsWith(stopAt)) {
                return current;
            }
            current = get(next);
        }
        return current;
    }

    private Page send(HttpRequest unsent) {
        Map<String, String> jar = cookies.computeIfAbsent(unsent.uri().getHost(), host -> new LinkedHashMap<>());
        HttpRequest request = jar.isEmpty() ? unsent : HttpRequest.newBuilder(unsent, (name, value) -> true)
                .header("Cookie", jar.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("; "))).build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (String set : answer.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String lower = set.toLowerCase(java.util.Locale.ROOT);
                if (equals > 0) {
                    if (lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                        jar.remove(pair.substring(0, equals).strip());
                    } else {
                        jar.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                    }
                }
            }
            return new Page(answer.statusCode(), request.uri(), answer.headers().firstValue("Location").orElse(null),
                    answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
