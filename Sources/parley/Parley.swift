import ArgumentParser

/// The `parley` command-line tool.
@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turn news articles into a sourced record of diplomatic events.",
        subcommands: [ExtractCommand.self, IngestCommand.self, WatchCommand.self, HTMLTextCommand.self, EventsCommand.self, EvalCommand.self,
                      KBCommand.self, BenchCommand.self, BenchStoreCommand.self, ServeCommand.self])
}
