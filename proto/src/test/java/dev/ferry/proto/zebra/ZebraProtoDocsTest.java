package dev.ferry.proto.zebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** zebra.proto documents every service, rpc, message, enum and field with a comment right above it. */
class ZebraProtoDocsTest {
    private static final Path PROTO = Path.of("src/main/proto/ferry/zebra/v1/zebra.proto");

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(service|rpc|message|enum)\\s+\\w+.*"             // declarations
            + "|^\\s*(repeated\\s+)?[\\w.]+\\s+\\w+\\s*=\\s*\\d+;.*"  // fields
            + "|^\\s*[A-Z][A-Z0-9_]*\\s*=\\s*\\d+;.*");              // enum values
    /** Enum values that need no words: the proto3 zero value, and families named by themselves. */
    private static final Pattern SELF_EXPLAINING = Pattern.compile(
            "^\\s*(\\w+_UNSPECIFIED|AFI_IPV4|AFI_IPV6)\\s*=\\s*\\d+;.*");

    @Test
    void everyDeclarationHasAComment() throws Exception {
        List<String> lines = Files.readAllLines(PROTO);
        List<String> bare = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!DECLARATION.matcher(line).matches() || SELF_EXPLAINING.matcher(line).matches()) {
                continue;
            }
            checked++;
            if (i == 0 || !lines.get(i - 1).strip().startsWith("//")) {
                bare.add((i + 1) + ": " + line.strip());
            }
        }
        assertEquals(List.of(), bare, "declarations without a comment in " + PROTO);
        assertTrue(checked > 250, "the pattern still finds the declarations: " + checked);
    }
}
