package com.complaintbook.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the server runs as. PostgreSQL refuses to run as root, and CI runs as root: then initdb and
 * the server run as {@code nobody} through util-linux's {@code setpriv}, and the folders they write
 * belong to that account. Anyone else runs them as themselves.
 */
final class RunAs {

    private static final String UNPRIVILEGED = "nobody";

    private final boolean root;
    private final String group;

    private RunAs(boolean root, String group) {
        this.root = root;
        this.group = group;
    }

    static RunAs forThisProcess() throws IOException {
        if (PostgresBinaries.isWindows() || !isRoot()) {
            return new RunAs(false, null);
        }
        // Debian calls nobody's group nogroup; most others call it nobody.
        String group = Files.readAllLines(Path.of("/etc/group")).stream()
                .anyMatch(line -> line.startsWith("nogroup:")) ? "nogroup" : UNPRIVILEGED;
        return new RunAs(true, group);
    }

    /** The command, prefixed so that it drops root's privileges when we have them. */
    List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> prefixed = new ArrayList<>(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + group,
                "--clear-groups"));
        prefixed.addAll(command);
        return prefixed;
    }

    /**
     * Makes {@code directory} the server's own. As root, the account must also be able to reach it:
     * a data folder under a home directory closed to others is refused with a clear message rather
     * than an obscure "permission denied" from PostgreSQL.
     */
    void own(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (!root) {
            return;
        }
        for (Path ancestor = directory.toAbsolutePath().getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (!Files.getPosixFilePermissions(ancestor).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("PostgreSQL runs as " + UNPRIVILEGED + " when started by root, and "
                        + UNPRIVILEGED + " cannot reach " + directory + " because " + ancestor + " is closed to others. "
                        + "Choose a data folder elsewhere (COMPLAINTBOOK_DATA_DIR) or run as an ordinary user.");
            }
        }
        UserPrincipalLookupService names = directory.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = names.lookupPrincipalByName(UNPRIVILEGED);
        GroupPrincipal owners = names.lookupPrincipalByGroupName(group);
        PosixFileAttributeView attributes = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        attributes.setOwner(user);
        attributes.setGroup(owners);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"))
                || Long.valueOf(0).equals(uid());
    }

    private static Long uid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notLinux) {
            return null;
        }
    }
}
