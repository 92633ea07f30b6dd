# A FIFO named on the command line: refused at once, never waited on.
rm -f "$1.fifo" && mkfifo "$1.fifo"
