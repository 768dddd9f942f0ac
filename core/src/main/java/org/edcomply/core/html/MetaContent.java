package org.edcomply.core.html;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code content} of {@code <meta name="viewport">} and {@code <meta http-equiv="refresh">}. */
public final class MetaContent {

    private MetaContent() {
    }

    /**
     * What in a viewport blocks zooming: {@code user-scalable=no} or a {@code maximum-scale} below
     * {@code minimumScale}; {@code ""} when zooming is allowed.
     */
    public static String zoomBlocker(String content, int minimumScale) {
        Map<String, String> values = properties(content);
        String scalable = values.getOrDefault("user-scalable", "");
        if (scalable.equals("no") || scalable.equals("0") || scalable.equals("false")) {
            return "user-scalable=" + scalable;
        }
        String max = values.get("maximum-scale");
        if (max != null) {
            try {
                if (Double.parseDouble(max) < minimumScale) {
                    return "maximum-scale=" + max;
                }
            } catch (NumberFormatException ignored) {
                // not a number: browsers ignore it
            }
        }
        return "";
    }

    /** The delay in seconds of a refresh, or -1 when the content is not a refresh a browser follows. */
    public static int refreshDelay(String content) {
        String c = content == null ? "" : content.trim();
        int end = 0;
        while (end < c.length() && Character.isDigit(c.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 9) {
            return -1;
        }
        return Integer.parseInt(c.substring(0, end));
    }

    private static Map<String, String> properties(String content) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : (content == null ? "" : content).split("[,;]")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT),
                        part.substring(eq + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
