<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tightside [COMMAND] [OPTIONS]

Tightside finds the tighter side of each leg group and guides a release of that
side, never the low back or glutes. With no command it opens the window.
It is not medical advice.

Commands (they run without a window):
</source>
        <translation>Aufruf: tightside [BEFEHL] [OPTIONEN]

Tightside findet bei jeder Muskelgruppe der Beine die straffere Seite und leitet
durch das Lösen dieser Seite, nie des unteren Rückens oder der Gesäßmuskeln.
Ohne Befehl öffnet es das Fenster.
Es ist keine medizinische Beratung.

Befehle (sie laufen ohne Fenster):
</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR      where sessions are kept (else $TIGHTSIDE_DATA_DIR,
                      else the platform&apos;s app-data folder)
  --lang CODE         the language: en, de, es or fr (else the locale&apos;s)
  --exit-after-startup  open the window, wait until it is idle, exit 0
  --help              show this help; COMMAND --help shows a command&apos;s help
  --version           show the version

Exit codes: 0 success, 1 bad input, 2 wrong usage.
</source>
        <translation>
Optionen:
  --data-dir ORDNER   wo die Einheiten gespeichert werden (sonst $TIGHTSIDE_DATA_DIR,
                      sonst der Programmdaten-Ordner des Systems)
  --lang CODE         die Sprache: en, de, es oder fr (sonst die des Systems)
  --exit-after-startup  das Fenster öffnen, warten, bis es bereit ist, mit 0 enden
  --help              diese Hilfe zeigen; BEFEHL --help zeigt die Hilfe eines Befehls
  --version           die Version zeigen

Rückgabewerte: 0 Erfolg, 1 fehlerhafte Eingabe, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
</TS>
