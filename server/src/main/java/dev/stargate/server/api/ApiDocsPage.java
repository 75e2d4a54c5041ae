package dev.stargate.server.api;

import static dev.stargate.report.charts.Svg.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** The API's reference page (/api/docs), rendered once from the OpenAPI document: no scripts, works offline. */
final class ApiDocsPage {
    private static final String CSS = "body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1b1f24}"
            + "h2{margin-top:2em;border-bottom:1px solid #d0d7de}code,pre{font:13px ui-monospace,monospace;background:#f6f8fa;padding:1px 4px}"
            + ".op{margin:1.2em 0;padding:.6em 1em;border:1px solid #d0d7de;border-radius:6px}.m{font-weight:700;display:inline-block;width:4.5em}"
            + ".get{color:#0969da}.post{color:#1a7f37}.put{color:#9a6700}.delete{color:#cf222e}table{border-collapse:collapse;margin:.4em 0}"
            + "td,th{border:1px solid #d0d7de;padding:2px 8px;text-align:left;vertical-align:top}";

    private ApiDocsPage() {}

    static String render(JsonNode doc) {
        StringBuilder h = new StringBuilder(32_768);
        JsonNode info = doc.path("info");
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(info.path("title").asText()))
                .append(" — API</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>").append(esc(info.path("title").asText())).append(" <small>").append(esc(info.path("version").asText())).append("</small></h1>");
        h.append("<p>").append(esc(info.path("description").asText())).append("</p>");
        h.append("<p>Machine-readable: <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI ").append(esc(doc.path("openapi").asText()))
                .append("). Dashboard: <a href=\"/\">/</a>.</p>");
        String group = null;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String tag = op.getValue().path("tags").path(0).asText("other");
                if (!tag.equals(group)) {
                    group = tag;
                    h.append("<h2>").append(esc(tag)).append("</h2>");
                }
                operation(h, op.getKey(), p.getKey(), op.getValue());
            }
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void operation(StringBuilder h, String method, String path, JsonNode op) {
        h.append("<div class=\"op\"><span class=\"m ").append(esc(method)).append("\">").append(esc(method.toUpperCase(java.util.Locale.ROOT)))
                .append("</span> <code>").append(esc(path)).append("</code> — ").append(esc(op.path("summary").asText()));
        if (op.has("description")) h.append("<p>").append(esc(op.path("description").asText())).append("</p>");
        if (op.path("parameters").size() > 0) {
            h.append("<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>");
            for (JsonNode prm : op.path("parameters")) {
                h.append("<tr><td><code>").append(esc(prm.path("name").asText())).append("</code>").append(prm.path("required").asBoolean() ? " (required)" : "")
                        .append("</td><td>").append(esc(prm.path("in").asText())).append("</td><td>").append(esc(prm.path("description").asText()))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        if (op.has("requestBody")) {
            h.append("<p>Body: ");
            for (Iterator<String> types = op.path("requestBody").path("content").fieldNames(); types.hasNext(); ) {
                h.append("<code>").append(esc(types.next())).append("</code> ");
            }
            h.append(esc(op.path("requestBody").path("description").asText())).append("</p>");
        }
        h.append("<table><tr><th>status</th><th>meaning</th></tr>");
        for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext(); ) {
            Map.Entry<String, JsonNode> r = rs.next();
            h.append("<tr><td>").append(esc(r.getKey())).append("</td><td>").append(esc(r.getValue().path("description").asText())).append("</td></tr>");
        }
        h.append("</table></div>");
    }
}
