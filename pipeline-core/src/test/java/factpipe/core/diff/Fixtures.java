package factpipe.core.diff;

import factpipe.core.document.DocumentInfo;
import factpipe.core.fact.CountryValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Small builders for fact sets over invented report sentences; tests in any package may use them. */
public final class Fixtures {

    public static final OrganizationValue NPA_JP = new OrganizationValue("National Police Agency", "NPA", "JP");
    public static final OrganizationValue NPA_KR = new OrganizationValue("National Police Agency", null, "KR");
    public static final CountryValue JAPAN = new CountryValue("JP", "Japan", false);
    public static final CountryValue KOREA = new CountryValue("KR", "South Korea", false);
    public static final CountryValue KOREAN = new CountryValue("KR", "South Korea", true);

    private Fixtures() {
    }

    /** A fact at [start, end) of the text, by a hand-written set (no extractor). */
    public static Fact fact(String text, int start, int end, FactValue value) {
        return Fact.at(text, new Span(start, end), value, null);
    }

    public static Fact fact(String text, int start, int end, FactValue value, String extractor) {
        return Fact.at(text, new Span(start, end), value, extractor);
    }

    public static DocumentInfo info(String id, String text) {
        String sha = sha256(text);
        return new DocumentInfo(id, id + ".txt", "text/plain", sha, sha, text.length(), null);
    }

    public static DocumentFacts doc(String id, String text, Fact... facts) {
        return new DocumentFacts(new FactSet(info(id, text), List.of(facts)), text);
    }

    public static DocumentFacts docWithoutText(String id, String text, Fact... facts) {
        return DocumentFacts.withoutText(new FactSet(info(id, text), List.of(facts)));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
