package dev.ferry.vtysh;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** TAB: the keywords the daemons at vtysh's node (and vtysh itself) offer for the word being typed. */
final class DaemonCompleter implements Completer {
    private final Dispatcher dispatcher;

    DaemonCompleter(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line().substring(0, line.cursor());
        for (String word : Help.complete(dispatcher, buffer)) {
            candidates.add(new Candidate(word, word, null, null, null, null, true));
        }
    }
}
