// Proves the CLI's JSON writer escapes what JSON requires and never writes NaN.
package org.lmw.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void stringsWithQuotesBackslashesAndControlCharactersRoundTrip() {
        String nasty = "a \"quoted\" C:\\path\nnew line\ttab \u0001 \u2028 ünï 🙂";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", nasty);
        value.put("k\"ey", List.of(1L, 2.5, true));
        String json = Json.write(value);
        assertEquals(value.get("text"), ((Map<?, ?>) JsonParser.parse(json)).get("text"));
        assertEquals(List.of(1.0, 2.5, true), ((Map<?, ?>) JsonParser.parse(json)).get("k\"ey"));
    }

    @Test
    void notANumberBecomesNullAndNumbersKeepTheirValue() {
        assertEquals("[null,null,0.05,1.0E-4,3]", Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, 0.05,
                1e-4, 3.0)));
        assertEquals(0.1 + 0.2, ((List<?>) JsonParser.parse(Json.write(List.of(0.1 + 0.2)))).get(0));
    }
}
