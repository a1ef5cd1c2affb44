package dev.ferry.it.docs;

/** The reference's opening prose: how commands are written and how the CLI reads them. */
final class ReferenceIntro {
    private ReferenceIntro() {
    }

    /** From the repository root; -am builds the daemons from their current sources first. */
    static final String REGENERATE = "./mvnw test -pl integration-tests -am -Dtest=CliReferenceTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dferry.regenerate=true";

    /** The intro; {@code unknownExample} is vtysh's answer to the mistyped {@code unknownLine}, caret included. */
    static String text(String unknownLine, String unknownExample) {
        return """
                # Ferry CLI reference

                Generated from the daemons' own command tables by
                `integration-tests/src/test/java/dev/ferry/it/docs/CliReferenceTest.java`: do not edit it by hand.
                The test fails when this file is out of date; after changing commands, regenerate it with

                    %s

                Ferry's commands, nodes and prompts are FRRouting 8.4's. Each daemon answers the commands it
                installs on its VTY socket; `vtysh` sends each line to the daemons that match it best and prints
                their answers, and answers a few commands itself ([vtysh's own commands](#vtyshs-own-commands)).

                ## How commands are written

                Syntax is FRR's notation, the strings of its DEFUNs:

                | notation | stands for |
                |---|---|
                | `router` | a keyword, typed as is or abbreviated |
                | `A.B.C.D`, `A.B.C.D/M` | an IPv4 address, an IPv4 prefix |
                | `X:X::X:X`, `X:X::X:X/M` | an IPv6 address, an IPv6 prefix |
                | `(1-65535)` | a number in the range |
                | `AA:NN`, `ASN:NN_OR_IP-ADDRESS:NN` | a community, route distinguisher or route target value |
                | `WORD`, `NAME`, `IFNAME`, ... | any one word (any other upper-case token) |
                | `LINE...` | the rest of the line, one or more words |
                | `[x]` | optional |
                | `<a\\|b>` | exactly one of the alternatives |
                | `{a\\|b}` | any of the alternatives, each at most once, in any order |
                | `[no] ...` | the command and its `no` form, which removes the setting or restores its default |

                Each entry below gives the syntax, the daemons that install the command ("all daemons" when
                every one does; a command is listed once however many daemons have it) and the help of each
                token, as `?` shows it.

                ## How lines are read

                - **Abbreviations**: a keyword may be cut to any prefix, `sh ip ro` for `show ip route`. When
                  several commands match, the best one wins, word by word from the left: an exact keyword beats
                  a valid address or number, which beats a keyword prefix, which beats a free word. Two commands
                  that tie are ambiguous.
                - **`?`** lists the tokens that may come next, or that complete the word being typed, with their
                  help; `<cr>` means the command may end there. **TAB** completes keywords.
                - **`no`** before a configuration command removes it or restores the default.
                - **`do LINE...`** runs an exec (`R#`) command from any configuration node, as in
                  `do show running-config`.
                - **Configuration nodes**: a line that does not belong to the current node is tried in the
                  parent nodes, as FRR does, so configuration files load without `exit` lines.
                - **Errors** are FRR's: `%% Unknown command: LINE`, `%% Ambiguous command: LINE`,
                  `%% Command incomplete: LINE`. For an unknown command Ferry's vtysh adds a caret under the
                  first word that no command accepts (FRR prints the message alone):

                ```text
                R# %s
                %s```

                """.formatted(REGENERATE, unknownLine, unknownExample);
    }
}
