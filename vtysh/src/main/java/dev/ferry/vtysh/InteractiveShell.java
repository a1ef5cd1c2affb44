package dev.ferry.vtysh;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell (jline): FRR's banner and prompts, history in ~/.history_frr, `?` lists what
 * may come next without inserting itself, TAB completes; both ask the daemons at vtysh's node.
 * Only this class touches jline, so `vtysh -c` never loads it.
 */
final class InteractiveShell {
    private static final String DESCRIBE_WIDGET = "vtysh-describe";

    private final Dispatcher dispatcher;
    private final CommandExecutor executor;
    private final LineReader reader;
    private String hostname;

    private InteractiveShell(Dispatcher dispatcher, CommandExecutor executor, LineReader reader) {
        this.dispatcher = dispatcher;
        this.executor = executor;
        this.reader = reader;
    }

    /** Runs the shell on the process's terminal until `exit` at the top or end of input. */
    static int run(Daemons daemons, Path configFile, Path history, boolean timestamps) {
        try (Terminal terminal = TerminalBuilder.builder().name("vtysh").system(true).build()) {
            return run(terminal, daemons, configFile, history, timestamps);
        } catch (IOException e) {
            System.err.println("vtysh: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /** Runs the shell on TERMINAL; returns the exit status. */
    static int run(Terminal terminal, Daemons daemons, Path configFile, Path history, boolean timestamps) {
        Output output = new Output(terminal.writer(), terminal.writer());
        Dispatcher dispatcher = new Dispatcher(daemons, output);
        LocalCommands local = new LocalCommands(dispatcher, output, new IntegratedConfigFile(configFile));
        CommandExecutor executor = new CommandExecutor(dispatcher, local, output, timestamps);
        InteractiveShell shell = new InteractiveShell(dispatcher, executor, buildReader(terminal, dispatcher, history));
        output.print(Usage.banner());
        output.flush();
        shell.loop();
        return 0;
    }

    private static LineReader buildReader(Terminal terminal, Dispatcher dispatcher, Path history) {
        DefaultParser parser = new DefaultParser();
        // FRR's command lines have no quoting or escapes: only blanks separate words.
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("vtysh")
                .parser(parser)
                .completer(new DaemonCompleter(dispatcher))
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // FRR turns bracketed paste off: a pasted config runs line by line.
                .option(LineReader.Option.BRACKETED_PASTE, false)
                .option(LineReader.Option.AUTO_MENU, false);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        return builder.build();
    }

    private void loop() {
        hostname = Prompt.hostname(dispatcher.daemons());
        reader.getWidgets().put(DESCRIBE_WIDGET, this::describe);
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(DESCRIBE_WIDGET), "?");
        while (true) {
            String line;
            try {
                line = reader.readLine(Prompt.of(dispatcher.node(), hostname));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                reader.getTerminal().writer().println();
                break;
            }
            executor.execute(line);
            if (executor.exitRequested()) {
                break;
            }
            if (mayChangeHostname(line)) {
                hostname = Prompt.hostname(dispatcher.daemons());
            }
        }
        reader.getTerminal().writer().flush();
    }

    /** `?`: FRR prints the line as typed, the candidates below it, then the prompt and line again. */
    private boolean describe() {
        String buffer = reader.getBuffer().toString();
        String help = Help.describe(dispatcher, buffer);
        reader.printAbove(Prompt.of(dispatcher.node(), hostname) + buffer + "\n" + help);
        return true;
    }

    private static boolean mayChangeHostname(String line) {
        String[] w = Words.split(line);
        int at = w.length > 0 && (w[0].equals("no") || w[0].equals("do")) ? 1 : 0;
        return at < w.length && Words.abbreviates(w[at], "hostname", 5);
    }
}
