package bgp.config;

import java.util.List;
import java.util.Objects;

/**
 * A statement kept in a simple structured form where the model does not type it (yet): its keyword and the words
 * after it, quotes and brackets as written ({@code [} {@code ]} {@code (} {@code )} are words of their own), e.g.
 * {@code destination-port [ >8080&<8088 =3128 ]} is {@code ("destination-port", ["[", ">8080&<8088", "=3128", "]"])}.
 */
public record Statement(String keyword, List<String> values) {

    public Statement {
        Objects.requireNonNull(keyword, "keyword");
        values = List.copyOf(values);
    }

    /** The values without list brackets: {@code [ a b ]} gives {@code [a, b]}. */
    public List<String> items() {
        return values.stream().filter(v -> !v.equals("[") && !v.equals("]")).toList();
    }

    /** {@code keyword value ...} */
    @Override
    public String toString() {
        return values.isEmpty() ? keyword : keyword + " " + String.join(" ", values);
    }
}
