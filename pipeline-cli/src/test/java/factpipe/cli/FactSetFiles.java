package factpipe.cli;

import factpipe.core.document.DocumentInfo;
import factpipe.core.fact.CountryValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fact set files and their texts for the diff and evaluate tests, written with {@link FactSetJson}. */
final class FactSetFiles {

    /** 5 August 2003 [3,16), National Police Agency [21,43), NPA [45,48), Japan [53,58), Korean [88,94),
     *  National Police Agency [95,117), Seoul [121,126). */
    static final String TEXT =
            "On 5 August 2003 the National Police Agency (NPA) of Japan signed a memorandum with the Korean National Police Agency in Seoul.";

    static final OrganizationValue NPA_JP = new OrganizationValue("National Police Agency", "NPA", "JP");
    static final OrganizationValue NPA_KR = new OrganizationValue("National Police Agency", null, "KR");
    static final CountryValue JAPAN = new CountryValue("JP", "Japan", false);
    static final CountryValue KOREA = new CountryValue("KR", "South Korea", false);
    static final CountryValue KOREAN = new CountryValue("KR", "South Korea", true);

    private static final FactSetJson JSON = new FactSetJson(new FactSetSchema());

    private FactSetFiles() {
    }

    static Fact fact(String text, int start, int end, FactValue value) {
        return Fact.at(text, new Span(start, end), value, null);
    }

    static Fact fact(String text, int start, int end, FactValue value, String extractor) {
        return Fact.at(text, new Span(start, end), value, extractor);
    }

    /** {@code <dir>/<id>.facts.json} and {@code <dir>/<id>.txt}; returns the fact set file. */
    static Path write(Path dir, String id, String text, Fact... facts) {
        Path file = writeFactsOnly(dir, id, text, facts);
        try {
            Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Only {@code <dir>/<id>.facts.json}, as golden files are kept. */
    static Path writeFactsOnly(Path dir, String id, String text, Fact... facts) {
        String sha = TestFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
        DocumentInfo info = new DocumentInfo(id, "seeds/" + id + ".txt", "text/plain", sha, sha, text.length(), null);
        Path file = dir.resolve(id + ".facts.json");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, JSON.write(new FactSet(info, List.of(facts))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
