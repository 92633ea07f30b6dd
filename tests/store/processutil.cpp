#include "processutil.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace storetest {
namespace {

struct Argv
{
    std::vector<std::string> strings;
    std::vector<char*> pointers;

    Argv(const std::string& program, const std::vector<std::string>& args)
    {
        strings.push_back(program);
        strings.insert(strings.end(), args.begin(), args.end());
        for (std::string& s : strings) {
            pointers.push_back(s.data());
        }
        pointers.push_back(nullptr);
    }
};

struct Environment
{
    std::vector<std::string> strings;
    std::vector<char*> pointers;

    explicit Environment(const std::map<std::string, std::string>& changes)
    {
        for (char** entry = environ; *entry != nullptr; ++entry) {
            const std::string text(*entry);
            const std::string name = text.substr(0, text.find('='));
            if (changes.find(name) == changes.end()) {
                strings.push_back(text);
            }
        }
        for (const auto& [name, value] : changes) {
            if (!value.empty()) {
                strings.push_back(name + "=" + value);
            }
        }
        for (std::string& s : strings) {
            pointers.push_back(s.data());
        }
        pointers.push_back(nullptr);
    }
};

void check(int result, const char* what)
{
    if (result != 0) {
        throw std::runtime_error(std::string(what) + ": " + std::strerror(result));
    }
}

pid_t spawn(const std::string& program, const std::vector<std::string>& args,
            const std::map<std::string, std::string>& env, int outFd, int errFd)
{
    posix_spawn_file_actions_t actions;
    check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init");
    check(posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0), "addopen");
    check(posix_spawn_file_actions_adddup2(&actions, outFd, 1), "adddup2");
    check(posix_spawn_file_actions_adddup2(&actions, errFd, 2), "adddup2");
    Argv argv(program, args);
    Environment environment(env);
    pid_t pid = -1;
    const int result = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.pointers.data(),
                                   environment.pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    check(result, "posix_spawn");
    return pid;
}

int decode(int status, int* signal)
{
    if (WIFSIGNALED(status)) {
        *signal = WTERMSIG(status);
        return -1;
    }
    return WEXITSTATUS(status);
}

} // namespace

ProcessResult run(const std::string& program, const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env)
{
    int out[2];
    int err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = spawn(program, args, env, out[1], err[1]);
    close(out[1]);
    close(err[1]);
    ProcessResult result;
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    int open = 2;
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw std::runtime_error("poll failed");
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) {
                continue;
            }
            char buffer[65536];
            const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            } else {
                (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
            }
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exitCode = decode(status, &result.signal);
    return result;
}

Child::Child(const std::string& program, const std::vector<std::string>& args)
{
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    m_pid = spawn(program, args, {}, out[1], devnull);
    close(devnull);
    close(out[1]);
    m_out = out[0];
}

Child::~Child()
{
    if (m_pid > 0) {
        kill(m_pid, SIGKILL);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
    if (m_out >= 0) {
        close(m_out);
    }
}

bool Child::fill()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(m_out, buffer, sizeof buffer);
        if (n > 0) {
            m_buffer.append(buffer, static_cast<std::size_t>(n));
            return true;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        m_eof = true;
        return false;
    }
}

std::optional<std::string> Child::readLine()
{
    for (;;) {
        const auto newline = m_buffer.find('\n');
        if (newline != std::string::npos) {
            std::string line = m_buffer.substr(0, newline);
            m_buffer.erase(0, newline + 1);
            return line;
        }
        if (m_eof || !fill()) {
            return std::nullopt;
        }
    }
}

std::vector<std::string> Child::killAndDrain()
{
    kill(m_pid, SIGKILL);
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    std::vector<std::string> lines;
    while (auto line = readLine()) {
        lines.push_back(std::move(*line));
    }
    return lines;
}

int Child::wait()
{
    while (!m_eof) {
        fill();
    }
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    int signal = 0;
    return decode(status, &signal);
}

} // namespace storetest
