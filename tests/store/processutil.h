#pragma once

// Runs child processes for the CLI and crash tests with plain POSIX calls: QProcess wants an
// event loop, and the crash test needs the raw pid to send SIGKILL.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace storetest {

struct ProcessResult
{
    /// The exit code, or -1 when the process died from a signal.
    int exitCode = -1;
    int signal = 0;
    std::string out;
    std::string err;
};

/// Runs `program` with `args` (and `stdinText` on its standard input), environment changes
/// in `env` (an empty value unsets the variable), waits for it, and collects both outputs.
ProcessResult run(const std::string& program, const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env = {});

/// A running child whose standard output the test reads line by line.
class Child
{
public:
    Child(const std::string& program, const std::vector<std::string>& args);
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    /// Blocks until one more line arrives; nullopt at end of output.
    std::optional<std::string> readLine();
    /// Sends SIGKILL and reaps the child; returns every complete line it wrote that was not
    /// read yet (a half-written last line is dropped).
    std::vector<std::string> killAndDrain();
    /// Waits for a normal exit and returns the exit code (-1 for a signal).
    int wait();

private:
    pid_t m_pid = -1;
    int m_out = -1;
    std::string m_buffer;
    bool m_eof = false;
    bool fill();
};

} // namespace storetest
