/* The AppImage (type 2) runtime: the ELF at the front of dataflow-studio-x86_64.AppImage.
 *
 * The file is this program followed by a SquashFS image of the AppDir. Started, it mounts the
 * image with FUSE (squashfuse's low-level operations served from a detached process) and runs
 * AppRun from it; where FUSE is unusable (no /dev/fuse, no permission, no fusermount3) it says
 * so in one line and extracts the image into a cache directory instead. Built from Debian's
 * libsquashfuse and libfuse3 (packaging/appimage/build-runtime.sh), so nothing is downloaded.
 * Format facts: ../shared/reference/appimage.md (the AppImage specification, paraphrased). */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* squashfuse's installed config.h defines _POSIX_C_SOURCE; the system headers are already in. */
#undef _POSIX_C_SOURCE
#include <squashfuse.h>
#include <ll.h>
#include <traverse.h>

#define RUNTIME_VERSION "1"

/* Reserved for update information and a signature, written in place by tools after the build.
 * `retain` keeps them through --gc-sections; `used` alone does not. */
__attribute__((used, retain, section(".upd_info"))) static char update_info[1024];
__attribute__((used, retain, section(".sha256_sig"))) static char signature[1024];
__attribute__((used, retain, section(".sig_key"))) static char signature_key[8192];

/* libsquashfuse.a references LZO; linking liblzo2 would put GPL-2 code in the runtime. Our
 * images are zstd, so an LZO image fails with a decompression error instead. */
int lzo1x_decompress_safe(const unsigned char *src, unsigned long src_len, unsigned char *dst,
                          unsigned long *dst_len, void *wrkmem);
int lzo1x_decompress_safe(const unsigned char *src, unsigned long src_len, unsigned char *dst,
                          unsigned long *dst_len, void *wrkmem) {
    (void)src; (void)src_len; (void)dst; (void)dst_len; (void)wrkmem;
    return -1;
}

static bool verbose;

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("AppImage: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- The ELF part: where the image starts, and the reserved sections ---------------------- */

typedef struct {
    int fd;
    off_t size;
    Elf64_Ehdr eh;
} elf_file;

static bool read_at(int fd, void *buf, size_t n, off_t at) {
    return pread(fd, buf, n, at) == (ssize_t)n;
}

static bool elf_open(elf_file *f, const char *path) {
    struct stat st;
    f->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (f->fd < 0 || fstat(f->fd, &st) != 0) return false;
    f->size = st.st_size;
    if (!read_at(f->fd, &f->eh, sizeof f->eh, 0)) return false;
    return memcmp(f->eh.e_ident, ELFMAG, SELFMAG) == 0 && f->eh.e_ident[EI_CLASS] == ELFCLASS64 &&
           f->eh.e_ident[EI_DATA] == ELFDATA2LSB && f->eh.e_shentsize == sizeof(Elf64_Shdr) &&
           f->eh.e_phentsize == sizeof(Elf64_Phdr);
}

static bool elf_section(const elf_file *f, unsigned i, Elf64_Shdr *sh) {
    uint64_t at = f->eh.e_shoff + (uint64_t)i * sizeof *sh;
    return at + sizeof *sh <= (uint64_t)f->size && read_at(f->fd, sh, sizeof *sh, (off_t)at);
}

/* The image starts where the ELF ends: the furthest of the section header table, every section
 * with file contents and every segment. Tools that read only the table's end agree because the
 * linker puts the table last. Returns 0 when the ELF is inconsistent. */
static uint64_t payload_offset(const elf_file *f) {
    uint64_t end = f->eh.e_shoff + (uint64_t)f->eh.e_shnum * f->eh.e_shentsize;
    for (unsigned i = 0; i < f->eh.e_shnum; i++) {
        Elf64_Shdr sh;
        if (!elf_section(f, i, &sh)) return 0;
        if (sh.sh_type != SHT_NOBITS && sh.sh_offset + sh.sh_size > end) end = sh.sh_offset + sh.sh_size;
    }
    for (unsigned i = 0; i < f->eh.e_phnum; i++) {
        Elf64_Phdr ph;
        uint64_t at = f->eh.e_phoff + (uint64_t)i * sizeof ph;
        if (at + sizeof ph > (uint64_t)f->size || !read_at(f->fd, &ph, sizeof ph, (off_t)at)) return 0;
        if (ph.p_offset + ph.p_filesz > end) end = ph.p_offset + ph.p_filesz;
    }
    return end <= (uint64_t)f->size ? end : 0;
}

/* Prints a reserved section's text (update information, signature) up to its first NUL. */
static int print_section(const elf_file *f, const char *name) {
    Elf64_Shdr names;
    if (f->eh.e_shstrndx >= f->eh.e_shnum || !elf_section(f, f->eh.e_shstrndx, &names)) return 1;
    for (unsigned i = 0; i < f->eh.e_shnum; i++) {
        Elf64_Shdr sh;
        char here[32] = {0};
        if (!elf_section(f, i, &sh) || sh.sh_name >= names.sh_size) return 1;
        read_at(f->fd, here, sizeof here - 1, (off_t)(names.sh_offset + sh.sh_name));
        if (strcmp(here, name) != 0) continue;
        if (sh.sh_size > 65536 || sh.sh_offset + sh.sh_size > (uint64_t)f->size) return 1;
        char *text = calloc(1, sh.sh_size + 1);
        if (!text || !read_at(f->fd, text, sh.sh_size, (off_t)sh.sh_offset)) { free(text); return 1; }
        printf("%s\n", text);
        free(text);
        return 0;
    }
    say("this AppImage has no %s section", name);
    return 1;
}

/* ---- Extraction -------------------------------------------------------------------------- */

typedef struct { char *path; mode_t mode; time_t mtime; } dir_fixup;
typedef struct { sqfs_inode_num inode; char *path; } link_seen;

typedef struct {
    sqfs fs;
    const char *dest;
    dir_fixup *dirs; size_t ndirs;
    link_seen *links; size_t nlinks;
} extractor;

static char *join(const char *a, const char *b) {
    char *out;
    return asprintf(&out, "%s/%s", a, b) < 0 ? NULL : out;
}

/* mkdir -p for the parents of `path` (relative to the destination), for partial extraction. */
static void make_parents(const char *path) {
    char *copy = strdup(path);
    for (char *p = copy ? strchr(copy + 1, '/') : NULL; p; p = strchr(p + 1, '/')) {
        *p = '\0';
        mkdir(copy, 0755);
        *p = '/';
    }
    free(copy);
}

static bool safe_name(const char *name) {
    return name[0] && strcmp(name, ".") != 0 && strcmp(name, "..") != 0 && !strchr(name, '/');
}

static bool write_file(extractor *x, sqfs_inode *inode, const char *out) {
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    static char buf[1 << 20];
    bool ok = true;
    for (sqfs_off_t at = 0; ok && at < (sqfs_off_t)inode->xtra.reg.file_size;) {
        sqfs_off_t n = sizeof buf;
        if (sqfs_read_range(&x->fs, inode, at, &n, buf) != SQFS_OK || n <= 0) { ok = false; break; }
        ok = write(fd, buf, (size_t)n) == (ssize_t)n;
        at += n;
    }
    struct timespec times[2] = {{inode->base.mtime, 0}, {inode->base.mtime, 0}};
    ok = ok && fchmod(fd, inode->base.mode & 07777) == 0 && futimens(fd, times) == 0;
    return close(fd) == 0 && ok;
}

static bool write_symlink(extractor *x, sqfs_inode *inode, const char *out) {
    size_t size = 0;
    if (sqfs_readlink(&x->fs, inode, NULL, &size) != SQFS_OK || size > PATH_MAX) return false;
    char target[PATH_MAX + 1];
    if (sqfs_readlink(&x->fs, inode, target, &size) != SQFS_OK) return false;
    return symlink(target, out) == 0;
}

static bool extract_entry(extractor *x, sqfs_traverse *trv) {
    if (!safe_name(sqfs_dentry_name(&trv->entry))) {
        say("refusing the entry '%s': its name is not a plain file name", trv->path);
        return false;
    }
    sqfs_inode inode;
    if (sqfs_inode_get(&x->fs, &inode, sqfs_dentry_inode(&trv->entry)) != SQFS_OK) return false;
    char *out = join(x->dest, trv->path);
    if (!out) return false;
    make_parents(out);
    bool ok = true;
    mode_t type = sqfs_dentry_mode(&trv->entry) & S_IFMT;
    if (type == S_IFDIR) {
        /* Modes are applied last, so a read-only directory can still be filled. */
        ok = (mkdir(out, 0700) == 0 || errno == EEXIST);
        dir_fixup *grown = realloc(x->dirs, (x->ndirs + 1) * sizeof *grown);
        if (!grown) { free(out); return false; }
        x->dirs = grown;
        x->dirs[x->ndirs++] = (dir_fixup){strdup(out), inode.base.mode & 07777, inode.base.mtime};
        free(out);
        return ok;
    }
    unlink(out);
    if (type == S_IFREG && inode.nlink > 1) {
        for (size_t i = 0; i < x->nlinks; i++)
            if (x->links[i].inode == inode.base.inode_number) {
                ok = link(x->links[i].path, out) == 0;
                free(out);
                return ok;
            }
        link_seen *grown = realloc(x->links, (x->nlinks + 1) * sizeof *grown);
        if (!grown) { free(out); return false; }
        x->links = grown;
        x->links[x->nlinks++] = (link_seen){inode.base.inode_number, strdup(out)};
    }
    if (type == S_IFREG) ok = write_file(x, &inode, out);
    else if (type == S_IFLNK) ok = write_symlink(x, &inode, out);
    /* Devices, fifos and sockets have no place in an AppDir: skipped. */
    if (!ok) say("could not write %s: %s", out, strerror(errno));
    free(out);
    return ok;
}

/* Extracts the image (or the entries matching `pattern`, with their leading directories) below
 * `dest`. Returns true when every selected entry was written. */
static bool extract(const char *image, uint64_t offset, const char *dest, const char *pattern) {
    extractor x = {.dest = dest};
    if (sqfs_open_image(&x.fs, image, (size_t)offset) != SQFS_OK) {
        say("%s holds no readable SquashFS image at offset %llu", image, (unsigned long long)offset);
        return false;
    }
    mkdir(dest, 0755);
    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, &x.fs, sqfs_inode_root(&x.fs));
    bool ok = err == SQFS_OK;
    while (ok && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end) continue;
        if (pattern && fnmatch(pattern, trv.path, FNM_LEADING_DIR) != 0) continue;
        ok = extract_entry(&x, &trv);
    }
    if (err != SQFS_OK) ok = false;
    sqfs_traverse_close(&trv);
    for (size_t i = x.ndirs; i-- > 0;) {
        struct timespec times[2] = {{x.dirs[i].mtime, 0}, {x.dirs[i].mtime, 0}};
        /* u+w stays so the tree can be removed again (the one change from the image). */
        chmod(x.dirs[i].path, x.dirs[i].mode | S_IWUSR);
        utimensat(AT_FDCWD, x.dirs[i].path, times, 0);
        free(x.dirs[i].path);
    }
    for (size_t i = 0; i < x.nlinks; i++) free(x.links[i].path);
    free(x.dirs);
    free(x.links);
    sqfs_destroy(&x.fs);
    return ok;
}

/* ---- Running AppRun ---------------------------------------------------------------------- */

typedef struct {
    const char *image;   /* the AppImage file */
    char *image_real;    /* its absolute path, symlinks resolved */
    uint64_t offset;
    int argc;
    char **argv;         /* the arguments for AppRun (argv[0] is the AppImage's) */
} launch;

static void set_environment(const launch *l, const char *appdir) {
    char cwd[PATH_MAX];
    setenv("APPIMAGE", l->image_real, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", l->argv[0], 1);
    if (getcwd(cwd, sizeof cwd)) setenv("OWD", cwd, 1);
    /* Portable mode: a <AppImage>.home / .config directory next to the file. */
    char *home = NULL, *config = NULL;
    struct stat st;
    if (asprintf(&home, "%s.home", l->image_real) > 0 && stat(home, &st) == 0 && S_ISDIR(st.st_mode))
        setenv("HOME", home, 1);
    if (asprintf(&config, "%s.config", l->image_real) > 0 && stat(config, &st) == 0 && S_ISDIR(st.st_mode))
        setenv("XDG_CONFIG_HOME", config, 1);
    free(home);
    free(config);
}

static void exec_apprun(const launch *l, const char *appdir) {
    char *apprun = join(appdir, "AppRun");
    set_environment(l, appdir);
    char **args = calloc((size_t)l->argc + 1, sizeof *args);
    if (!apprun || !args) _exit(127);
    args[0] = apprun;
    for (int i = 1; i < l->argc; i++) args[i] = l->argv[i];
    execv(apprun, args);
    say("cannot run %s: %s", apprun, strerror(errno));
    _exit(127);
}

static const char *temp_dir(void) {
    const char *t = getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

/* A 64-bit FNV-1a of the whole file names its extraction cache: another build, another key. */
static uint64_t file_hash(const char *path) {
    uint64_t h = 14695981039346656037ull;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    static unsigned char buf[1 << 16];
    ssize_t n;
    while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
        for (ssize_t i = 0; i < n; i++) h = (h ^ buf[i]) * 1099511628211ull;
    if (fd >= 0) close(fd);
    return h;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st; (void)flag; (void)ftw;
    return remove(path);
}

/* Signals sent to the runtime (timeout, kill, a closing terminal) reach the application, so
 * the runtime outlives it and can clean up, instead of leaving it orphaned and the tree behind. */
static volatile pid_t app_pid;
static void forward_signal(int sig) {
    if (app_pid > 0) kill(app_pid, sig);
}

static void forward_signals_to(pid_t pid) {
    app_pid = pid;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_signal;
    sigemptyset(&sa.sa_mask);
    const int forwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
    for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++) sigaction(forwarded[i], &sa, NULL);
}

static int wait_status(pid_t pid) {
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return 127;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Extracts once into $TMPDIR/appimage_extracted_<hash> (published by rename, so a second
 * instance never sees half a tree), runs AppRun holding a shared lock, and removes the tree
 * when no other instance still holds one (unless NO_CLEANUP is set). */
static int extract_and_run(const launch *l) {
    char *dir = NULL, *partial = NULL, *marker = NULL;
    if (asprintf(&dir, "%s/appimage_extracted_%016llx", temp_dir(),
                 (unsigned long long)file_hash(l->image_real)) < 0 ||
        asprintf(&partial, "%s.partial.%d", dir, (int)getpid()) < 0 ||
        asprintf(&marker, "%s/.appimage-complete", dir) < 0)
        return 127;
    int lock = -1;
    for (int attempt = 0; attempt < 3 && lock < 0; attempt++) {
        if (access(marker, F_OK) != 0) {
            char *partial_marker = join(partial, ".appimage-complete");
            bool ok = partial_marker && extract(l->image, l->offset, partial, NULL);
            int fd = ok ? open(partial_marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0644) : -1;
            free(partial_marker);
            if (fd >= 0) close(fd);
            /* Another instance may have published first: theirs is as good as ours. */
            if (fd < 0 || rename(partial, dir) != 0) nftw(partial, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
            if (fd < 0) { say("could not extract the image into %s", partial); return 127; }
        }
        lock = open(marker, O_RDONLY | O_CLOEXEC);
        if (lock >= 0 && flock(lock, LOCK_SH) != 0) { close(lock); lock = -1; }
        /* The tree may have been removed between open and lock by an instance cleaning up. */
        struct stat a, b;
        if (lock >= 0 && (stat(marker, &a) != 0 || fstat(lock, &b) != 0 || a.st_ino != b.st_ino)) {
            close(lock);
            lock = -1;
        }
    }
    if (lock < 0) { say("could not use the extracted tree %s", dir); return 127; }
    if (verbose) say("running from %s", dir);
    pid_t pid = fork();
    if (pid == 0) exec_apprun(l, dir);
    if (pid > 0) forward_signals_to(pid);
    int status = pid > 0 ? wait_status(pid) : 127;
    if (!getenv("NO_CLEANUP") && flock(lock, LOCK_EX | LOCK_NB) == 0) nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    close(lock);
    free(dir); free(partial); free(marker);
    return status;
}

/* ---- FUSE -------------------------------------------------------------------------------- */

/* The server: mounts the image, tells the launcher, and serves requests until every process
 * holding the keep-alive pipe's read end (AppRun and whatever it started) has exited. */
static void serve(const launch *l, const char *mountpoint, int ready, int keepalive) {
    sqfs_ll *ll = sqfs_ll_open(l->image, (size_t)l->offset);
    if (!ll) _exit(1);
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    char *options = NULL;
    if (asprintf(&options, "ro,fsname=%s,subtype=appimage", l->image_real) < 0) _exit(1);
    char *argv[] = {"appimage", "-o", options, NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, argv);
    struct fuse_session *se = fuse_session_new(&args, &ops, sizeof ops, ll);
    if (!se || fuse_session_mount(se, mountpoint) != 0) _exit(1);
    if (write(ready, "m", 1) != 1) _exit(1);
    close(ready);
    struct fuse_buf buf;
    memset(&buf, 0, sizeof buf);
    struct pollfd fds[2] = {{fuse_session_fd(se), POLLIN, 0}, {keepalive, 0, 0}};
    while (!fuse_session_exited(se)) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (fds[1].revents & (POLLERR | POLLHUP)) break; /* no reader left: the app has exited */
        if (!(fds[0].revents & POLLIN)) {
            if (fds[0].revents) break;
            continue;
        }
        int n = fuse_session_receive_buf(se, &buf);
        if (n == -EINTR || n == -EAGAIN) continue;
        if (n <= 0) break;
        fuse_session_process_buf(se, &buf);
    }
    free(buf.mem);
    fuse_session_unmount(se);
    fuse_session_destroy(se);
    rmdir(mountpoint);
    _exit(0);
}

/* Mounts the image on a fresh directory and returns its path, or NULL (the caller falls back
 * to extraction). *keepalive receives the read end that AppRun inherits. */
static char *mount_image(const launch *l, int *keepalive) {
    const char *base = strrchr(l->image_real, '/');
    base = base ? base + 1 : l->image_real;
    char *mountpoint = NULL;
    if (asprintf(&mountpoint, "%s/.mount_%.6sXXXXXX", temp_dir(), base) < 0) return NULL;
    int ready[2], keep[2];
    if (!mkdtemp(mountpoint) || pipe2(ready, O_CLOEXEC) != 0 || pipe(keep) != 0) {
        free(mountpoint);
        return NULL;
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(ready[0]);
        close(keep[0]);
        /* Detached (double fork, new session) so it outlives the exec and is no one's zombie. */
        if (fork() != 0) _exit(0);
        setsid();
        serve(l, mountpoint, ready[1], keep[1]);
    }
    close(ready[1]);
    close(keep[1]);
    if (pid > 0) wait_status(pid);
    char byte = 0;
    ssize_t n = pid > 0 ? read(ready[0], &byte, 1) : -1;
    close(ready[0]);
    if (n != 1) {
        close(keep[0]);
        rmdir(mountpoint);
        free(mountpoint);
        return NULL;
    }
    *keepalive = keep[0];
    return mountpoint;
}

/* ---- Command line ------------------------------------------------------------------------ */

static void help(const char *self) {
    printf("Dataflow Studio AppImage (type 2), runtime %s\n\n"
           "Usage: %s [ARGUMENTS...]            run the application\n"
           "       %s --appimage-OPTION [...]\n\n"
           "  --appimage-extract [PATTERN]   extract the files (or those matching PATTERN) to ./squashfs-root\n"
           "  --appimage-extract-and-run     extract to $TMPDIR and run from there (no FUSE needed)\n"
           "  --appimage-mount               mount, print the mount point, wait until killed\n"
           "  --appimage-offset              print where the SquashFS image starts\n"
           "  --appimage-updateinformation   print the update information\n"
           "  --appimage-signature           print the signature\n"
           "  --appimage-portable-home       make <this file>.home, used as $HOME from now on\n"
           "  --appimage-portable-config     make <this file>.config, used as $XDG_CONFIG_HOME\n"
           "  --appimage-version, --appimage-help\n\n"
           "Environment: APPIMAGE_EXTRACT_AND_RUN=1 always extracts; NO_CLEANUP=1 keeps the\n"
           "extracted tree for the next start; TARGET_APPIMAGE=FILE runs another AppImage with this\n"
           "runtime; TMPDIR sets where mounts and extractions go; VERBOSE=1 says what happens.\n",
           RUNTIME_VERSION, self, self);
}

static int make_portable_dir(const launch *l, const char *suffix) {
    char *dir = NULL;
    if (asprintf(&dir, "%s.%s", l->image_real, suffix) < 0) return 1;
    int rc = mkdir(dir, 0755) == 0 || errno == EEXIST ? 0 : 1;
    if (rc) say("could not create %s: %s", dir, strerror(errno));
    else printf("%s\n", dir);
    free(dir);
    return rc;
}

static int run_mounted(const launch *l, bool wait_only) {
    int keep = -1;
    char *mountpoint = mount_image(l, &keep);
    if (!mountpoint) {
        if (wait_only) { say("mounting with FUSE failed"); return 1; }
        say("FUSE is not usable here; running from an extracted copy instead");
        return extract_and_run(l);
    }
    if (verbose) say("mounted on %s", mountpoint);
    if (!wait_only) exec_apprun(l, mountpoint);
    printf("%s\n", mountpoint);
    fflush(stdout);
    for (;;) pause();
}

int main(int argc, char **argv) {
    verbose = getenv("VERBOSE") != NULL;
    launch l = {.argc = argc, .argv = argv};
    l.image = getenv("TARGET_APPIMAGE") ? getenv("TARGET_APPIMAGE") : "/proc/self/exe";
    l.image_real = realpath(l.image, NULL);
    elf_file f;
    if (!l.image_real || !elf_open(&f, l.image_real) || !(l.offset = payload_offset(&f))) {
        say("%s is not a readable AppImage", l.image);
        return 127;
    }
    l.image = l.image_real;
    const char *option = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] + 11 : NULL;
    bool extract_run = getenv("APPIMAGE_EXTRACT_AND_RUN") != NULL;
    if (option && strcmp(option, "extract-and-run") == 0) {
        extract_run = true;
        l.argv[1] = l.argv[0]; /* drop the option: AppRun sees the rest */
        l.argv++;
        l.argc--;
        option = NULL;
    }
    if (option) {
        if (!strcmp(option, "help")) { help(argv[0]); return 0; }
        if (!strcmp(option, "version")) { printf("%s\n", RUNTIME_VERSION); return 0; }
        if (!strcmp(option, "offset")) { printf("%llu\n", (unsigned long long)l.offset); return 0; }
        if (!strcmp(option, "extract"))
            return extract(l.image, l.offset, "squashfs-root", argc > 2 ? argv[2] : NULL) ? 0 : 1;
        if (!strcmp(option, "updateinformation") || !strcmp(option, "updateinfo"))
            return print_section(&f, ".upd_info");
        if (!strcmp(option, "signature")) return print_section(&f, ".sha256_sig");
        if (!strcmp(option, "portable-home")) return make_portable_dir(&l, "home");
        if (!strcmp(option, "portable-config")) return make_portable_dir(&l, "config");
        if (!strcmp(option, "mount")) return run_mounted(&l, true);
        say("unknown option %s (--appimage-help lists them)", argv[1]);
        return 1;
    }
    (void)update_info; (void)signature; (void)signature_key;
    return extract_run ? extract_and_run(&l) : run_mounted(&l, false);
}
