/**
 * The command API, in ExaBGP's text protocol: a {@link bgp.api.command.CommandDispatcher} runs command lines
 * against a whiteboard of {@link bgp.api.command.Command} services, each registered under its verb
 * ({@value bgp.api.command.Command#NAME}), and answers each line with the command's output then {@code done}, or
 * {@code error: <reason>} then {@code error}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package bgp.api.command;
