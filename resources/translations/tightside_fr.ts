<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: tightside [COMMAND] [OPTIONS]

Tightside finds the tighter side of each leg group and guides a release of that
side, never the low back or glutes. With no command it opens the window.
It is not medical advice.

Commands (they run without a window):
</source>
        <translation>Utilisation : tightside [COMMANDE] [OPTIONS]

Tightside trouve le côté le plus tendu de chaque groupe musculaire des jambes et
guide le relâchement de ce côté, jamais du bas du dos ni des fessiers. Sans
commande, il ouvre la fenêtre.
Ce n&apos;est pas un avis médical.

Commandes (elles fonctionnent sans fenêtre) :
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
Options :
  --data-dir DOSSIER  où les séances sont gardées (sinon $TIGHTSIDE_DATA_DIR,
                      sinon le dossier de données d&apos;applications du système)
  --lang CODE         la langue : en, de, es ou fr (sinon celle du système)
  --exit-after-startup  ouvrir la fenêtre, attendre qu&apos;elle soit prête, sortir avec 0
  --help              afficher cette aide ; COMMANDE --help affiche l&apos;aide d&apos;une commande
  --version           afficher la version

Codes de sortie : 0 succès, 1 données incorrectes, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
</context>
</TS>
