package bgp.interop.daemon;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;

/** Small helpers over Gson for the daemons' JSON output. */
final class Json {
    private Json() {
    }

    static JsonElement parse(String text) throws IOException {
        try {
            return JsonParser.parseString(text);
        } catch (RuntimeException e) {
            throw new IOException("not JSON: " + Cli.trim(text), e);
        }
    }

    static JsonObject object(JsonElement e, String name) {
        if (e == null || !e.isJsonObject()) {
            return null;
        }
        JsonElement v = e.getAsJsonObject().get(name);
        return v != null && v.isJsonObject() ? v.getAsJsonObject() : null;
    }

    static JsonArray array(JsonElement e, String name) {
        if (e == null || !e.isJsonObject()) {
            return new JsonArray();
        }
        JsonElement v = e.getAsJsonObject().get(name);
        return v != null && v.isJsonArray() ? v.getAsJsonArray() : new JsonArray();
    }

    static String string(JsonElement e, String name) {
        if (e == null || !e.isJsonObject()) {
            return null;
        }
        JsonElement v = e.getAsJsonObject().get(name);
        return v == null || v.isJsonNull() ? null : v.isJsonPrimitive() ? v.getAsString() : v.toString();
    }

    static Long number(JsonElement e, String name) {
        String s = string(e, name);
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
