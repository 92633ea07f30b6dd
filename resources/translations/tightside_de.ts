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

Tightside findet bei jeder Muskelgruppe der Beine die verspanntere Seite und leitet
durch das Lockern dieser Seite, nie des unteren Rückens oder der Gesäßmuskeln.
Ohne Befehl öffnet es das Fenster.
Es ist keine medizinische Beratung.

Befehle (sie laufen ohne Fenster):
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
    <message>
        <source>
Options:
  --data-dir DIR      where sessions are kept (else $TIGHTSIDE_DATA_DIR,
                      else the platform&apos;s app-data folder)
  --lang CODE         the language: en, de, es or fr (else the locale&apos;s)
  --exit-after-startup  open the window, wait until it is idle, exit 0
  --log-level LEVEL   what the log records, for the window and every command:
                      trace, debug, info (default), warn, error or off (else
                      $TIGHTSIDE_LOG). It never holds health data. The log is
                      $XDG_STATE_HOME/tightside/tightside.log (by default in
                      ~/.local/state)
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
  --log-level STUFE   was das Protokoll aufzeichnet, für das Fenster und jeden Befehl:
                      trace, debug, info (Standard), warn, error oder off (sonst
                      $TIGHTSIDE_LOG). Es enthält nie Gesundheitsdaten. Das Protokoll ist
                      $XDG_STATE_HOME/tightside/tightside.log (standardmäßig in
                      ~/.local/state)
  --help              diese Hilfe zeigen; BEFEHL --help zeigt die Hilfe eines Befehls
  --version           die Version zeigen

Rückgabewerte: 0 Erfolg, 1 fehlerhafte Eingabe, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Reminders are on. The open window reminds you at %1; turn them off with: tightside remind --off</source>
        <translation>Erinnerungen sind an. Das offene Fenster erinnert Sie um %1; ausschalten mit: tightside remind --off</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
</context>
<context>
    <name>CourseText</name>
    <message>
        <source>  %1%2 -&gt; %3  %4</source>
        <translation>  %1%2 -&gt; %3  %4</translation>
    </message>
    <message>
        <source>Pain at the start: %1 -&gt; %2  %3</source>
        <translation>Schmerz zu Beginn: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <source>What matters to you, 0 to 10 (higher is better), first and latest rating:</source>
        <translation>Was Ihnen wichtig ist, 0 bis 10 (höher ist besser), erste und letzte Bewertung:</translation>
    </message>
    <message>
        <source>Waiting from last time (first in line next time):</source>
        <translation>Vom letzten Mal offen (beim nächsten Mal zuerst):</translation>
    </message>
    <message>
        <source>  left %1</source>
        <translation>  %1 links</translation>
    </message>
    <message>
        <source>  right %1</source>
        <translation>  %1 rechts</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine deutliche Veränderung</translation>
    </message>
    <message>
        <source>No sessions are stored yet: the course starts with your first check.</source>
        <translation>Noch keine Einheiten gespeichert: Der Verlauf beginnt mit Ihrem ersten Test.</translation>
    </message>
    <message>
        <source>Your course so far (your ratings): one session, %1 to %2.</source>
        <translation>Ihr bisheriger Verlauf (Ihre Bewertungen): eine Einheit, %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n sessions, %1 to %2.</source>
        <translation>
            <numerusform>Ihr bisheriger Verlauf (Ihre Bewertungen): %n Einheit, %1 bis %2.</numerusform>
            <numerusform>Ihr bisheriger Verlauf (Ihre Bewertungen): %n Einheiten, %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are your own ratings; they do not say what caused a change.</source>
        <translation>Das sind Ihre eigenen Bewertungen; sie sagen nicht, was eine Veränderung bewirkt hat.</translation>
    </message>
    <message>
        <source>needs a second check</source>
        <translation>braucht einen zweiten Test</translation>
    </message>
    <message>
        <source>Within your latest session, left/right gap before -&gt; after the routine:</source>
        <translation>In Ihrer letzten Einheit, Unterschied links/rechts vor -&gt; nach der Routine:</translation>
    </message>
    <message>
        <source>Pain before -&gt; after the routine: %1 -&gt; %2  %3</source>
        <translation>Schmerz vor -&gt; nach der Routine: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <source>Across sessions, left/right gap at the start of the first and the latest session:</source>
        <translation>Über die Einheiten, Unterschied links/rechts zu Beginn der ersten und der letzten Einheit:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag.</source>
        <translation>
            <numerusform>%n Test wurde bei den Sicherheitsfragen wegen eines Warnzeichens beendet.</numerusform>
            <numerusform>%n Tests wurden bei den Sicherheitsfragen wegen eines Warnzeichens beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more; otherwise it is no clear change.</source>
        <translation>Eine Veränderung zählt erst ab %1 Punkten; sonst ist es keine deutliche Veränderung.</translation>
    </message>
    <message>
        <source>Next check: %1 (%2 to %3 days after the latest).</source>
        <translation>Nächster Test: %1 (%2 bis %3 Tage nach dem letzten).</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine deutliche Veränderung</translation>
    </message>
    <message>
        <source>Your last check was today.</source>
        <translation>Ihr letzter Test war heute.</translation>
    </message>
    <message numerus="yes">
        <source>Your last check was %n day(s) ago.</source>
        <translation>
            <numerusform>Ihr letzter Test war vor %n Tag.</numerusform>
            <numerusform>Ihr letzter Test war vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>Waiting from last time, first in line: %1.</source>
        <translation>Offen vom letzten Mal, als Erstes an der Reihe: %1.</translation>
    </message>
    <message>
        <source>Your whole course is in History.</source>
        <translation>Alle Ihre Einheiten sehen Sie unter Verlauf.</translation>
    </message>
    <message>
        <source>No sessions yet: your course starts with your first check.</source>
        <translation>Noch keine Einheiten: Ihr Verlauf beginnt mit Ihrem ersten Test.</translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n session(s).</source>
        <translation>
            <numerusform>Ihr bisheriger Verlauf (Ihre Bewertungen): %n Einheit.</numerusform>
            <numerusform>Ihr bisheriger Verlauf (Ihre Bewertungen): %n Einheiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: gap %2, now %3: %4</source>
        <translation>%1: Unterschied %2, jetzt %3: %4</translation>
    </message>
    <message>
        <source>What matters to you, 0 to 10 (higher is better), your first and latest rating:</source>
        <translation>Was Ihnen wichtig ist, 0 bis 10 (höher ist besser), Ihre erste und Ihre letzte Bewertung:</translation>
    </message>
    <message>
        <source>%1: %2, now %3: %4</source>
        <translation>%1: %2, jetzt %3: %4</translation>
    </message>
    <message>
        <source>%1: gap %2 before, %3 after: %4</source>
        <translation>%1: Unterschied %2 vorher, %3 nachher: %4</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after: %3</source>
        <translation>Rückenschmerzen: %1 vorher, %2 nachher: %3</translation>
    </message>
    <message>
        <source>Within your latest session (before and after the routine):</source>
        <translation>In Ihrer letzten Einheit (vor und nach der Routine):</translation>
    </message>
    <message>
        <source>needs a second check</source>
        <translation>braucht einen zweiten Test</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag; they are in the table below.</source>
        <translation>
            <numerusform>%n Test wurde bei den Sicherheitsfragen wegen eines Warnzeichens beendet; er steht in der Tabelle unten.</numerusform>
            <numerusform>%n Tests wurden bei den Sicherheitsfragen wegen eines Warnzeichens beendet; sie stehen in der Tabelle unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across sessions, left/right gap at the start of your first and your latest session:</source>
        <translation>Über die Einheiten, Unterschied links/rechts zu Beginn Ihrer ersten und Ihrer letzten Einheit:</translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more. These are your own ratings; they do not say what caused a change.</source>
        <translation>Eine Veränderung zählt erst ab %1 Punkten. Das sind Ihre eigenen Bewertungen; sie sagen nicht, was eine Veränderung bewirkt hat.</translation>
    </message>
</context>
<context>
    <name>FhirText</name>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Muskelgruppe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Activities that matter to you (0-10)</source>
        <translation>Aktivitäten, die Ihnen wichtig sind (0-10)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>How soon to seek care</source>
        <translation>Wie bald Sie ärztliche Hilfe brauchen</translation>
    </message>
    <message>
        <source>The check was stopped by a red flag</source>
        <translation>Die Prüfung wurde wegen eines Warnzeichens beendet</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Vorsichtsmaßnahmen</translation>
    </message>
    <message>
        <source>Flare-up now</source>
        <translation>Akuter Schub jetzt</translation>
    </message>
    <message>
        <source>Pain before the routine (0-10)</source>
        <translation>Schmerz vor der Routine (0-10)</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Verfügbare Minuten</translation>
    </message>
    <message>
        <source>Tightness before the routine</source>
        <translation>Spannung vor der Routine</translation>
    </message>
    <message>
        <source>Measured angles before the routine (degrees)</source>
        <translation>Gemessene Winkel vor der Routine (Grad)</translation>
    </message>
    <message>
        <source>Tightness after the routine</source>
        <translation>Spannung nach der Routine</translation>
    </message>
    <message>
        <source>Measured angles after the routine (degrees)</source>
        <translation>Gemessene Winkel nach der Routine (Grad)</translation>
    </message>
    <message>
        <source>Pain after the routine (0-10)</source>
        <translation>Schmerz nach der Routine (0-10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>This export format is not known.</source>
        <translation>Dieses Exportformat ist unbekannt.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>open wound or skin infection</source>
        <translation>offene Wunde oder Hautinfektion</translation>
    </message>
    <message>
        <source>local inflammation</source>
        <translation>örtliche Entzündung</translation>
    </message>
    <message>
        <source>bone infection or hard lump</source>
        <translation>Knocheninfektion oder harte Verdickung</translation>
    </message>
    <message>
        <source>varicose veins</source>
        <translation>Krampfadern</translation>
    </message>
    <message>
        <source>anticoagulant</source>
        <translation>blutverdünnendes Mittel</translation>
    </message>
    <message>
        <source>bleeding disorder</source>
        <translation>Blutgerinnungsstörung</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>Osteoporose</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>leg nerve damage</source>
        <translation>Nervenschaden in den Beinen</translation>
    </message>
    <message>
        <source>Left %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.</source>
        <translation>%1 links (%2), %3 s: Sie haben links %4 und rechts %5 bewertet, ein Unterschied von %6.</translation>
    </message>
    <message>
        <source>Right %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.</source>
        <translation>%1 rechts (%2), %3 s: Sie haben links %4 und rechts %5 bewertet, ein Unterschied von %6.</translation>
    </message>
    <message>
        <source>Left %1, %2 s: you rated left %3 and right %4, a gap of %5.</source>
        <translation>%1 links, %2 s: Sie haben links %3 und rechts %4 bewertet, ein Unterschied von %5.</translation>
    </message>
    <message>
        <source>Right %1, %2 s: you rated left %3 and right %4, a gap of %5.</source>
        <translation>%1 rechts, %2 s: Sie haben links %3 und rechts %4 bewertet, ein Unterschied von %5.</translation>
    </message>
    <message>
        <source>The hold is gentle because of your flare-up and your screening answers (%1).</source>
        <translation>Die Haltezeit ist sanft wegen Ihres akuten Schubs und Ihrer Antworten bei den Sicherheitsfragen (%1).</translation>
    </message>
    <message>
        <source>The hold is gentle because of your flare-up.</source>
        <translation>Die Haltezeit ist sanft wegen Ihres akuten Schubs.</translation>
    </message>
    <message>
        <source>The hold is gentle because of your screening answers (%1).</source>
        <translation>Die Haltezeit ist sanft wegen Ihrer Antworten bei den Sicherheitsfragen (%1).</translation>
    </message>
    <message>
        <source>That is the hold length you chose.</source>
        <translation>Das ist die Haltezeit, die Sie gewählt haben.</translation>
    </message>
    <message>
        <source>That is the usual hold.</source>
        <translation>Das ist die übliche Haltezeit.</translation>
    </message>
    <message>
        <source>It is the shorter length you chose.</source>
        <translation>Es ist die kürzere Zeit, die Sie gewählt haben.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>quadriceps</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>Adduktoren</translation>
    </message>
    <message>
        <source>IT band</source>
        <translatorcomment>IT-Band: im Deutschen üblich, bleibt.</translatorcomment>
        <translation>IT-Band</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>Beinbeuger</translation>
    </message>
    <message>
        <source>TFL</source>
        <translatorcomment>TFL bleibt (Tensor fasciae latae).</translatorcomment>
        <translation>TFL</translation>
    </message>
    <message>
        <source>lats</source>
        <translation>Latissimus</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>Gesäßmuskeln</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <source>lower ribs</source>
        <translation>untere Rippen</translation>
    </message>
    <message>
        <source>A gap of %1 or more is a real difference, so only the tighter side is released, to bring the two sides closer.</source>
        <translatorcomment>release = lockern; tighter side = die verspanntere Seite; Anrede Sie.</translatorcomment>
        <translation>Ein Unterschied von %1 oder mehr ist ein echter Unterschied. Deshalb wird nur die verspanntere Seite gelockert, damit sich die beiden Seiten annähern.</translation>
    </message>
    <message>
        <source>All five leg groups are balanced, so the %1 can be worked now; this step is optional.</source>
        <translation>Alle fünf Muskelgruppen der Beine sind ausgeglichen. Deshalb kann jetzt %1 bearbeitet werden; dieser Schritt ist freiwillig.</translation>
    </message>
    <message>
        <source>This group comes at priority %1; when groups share a priority, the bigger gap goes first.</source>
        <translation>Diese Gruppe hat die Priorität %1. Bei gleicher Priorität kommt der größere Unterschied zuerst.</translation>
    </message>
    <message>
        <source>It did not fit in today&apos;s %1, so it comes first next time.</source>
        <translation>Der Schritt passte heute nicht in %1. Deshalb kommt er beim nächsten Mal zuerst.</translation>
    </message>
    <message>
        <source>Please get medical help today: go to an emergency department now, or call your emergency number. One of your answers can be a sign of something that needs a doctor quickly. There is no release routine today.</source>
        <translation>Holen Sie sich heute ärztliche Hilfe: Gehen Sie jetzt in eine Notaufnahme oder rufen Sie den Notruf an. Eine Ihrer Antworten kann ein Zeichen für etwas sein, das schnell ärztlich untersucht werden muss. Heute gibt es keine Routine zum Lockern.</translation>
    </message>
    <message>
        <source>Please book a visit with a doctor or physiotherapist in the next few days. One of your answers should be checked by a clinician before any release work. There is no release routine until then.</source>
        <translation>Vereinbaren Sie in den nächsten Tagen einen Termin bei einer Ärztin, einem Arzt oder in der Physiotherapie. Eine Ihrer Antworten sollte fachlich geprüft werden, bevor Sie mit dem Lockern beginnen. Bis dahin gibt es keine Routine zum Lockern.</translation>
    </message>
    <message>
        <source>Ask a clinician about your answer “%1”.</source>
        <translation>Fragen Sie eine Ärztin, einen Arzt oder die Physiotherapie nach Ihrer Antwort „%1“.</translation>
    </message>
    <message>
        <source>If new numbness, weakness in a leg, or bladder or bowel changes appear, go to an emergency department at once.</source>
        <translation>Wenn neue Taubheit, Schwäche in einem Bein oder Veränderungen an Blase oder Darm auftreten, gehen Sie sofort in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Your two sides are the same in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>Ihre beiden Seiten sind in jeder Gruppe gleich. Sie gelten deshalb als ausgeglichen, und heute gibt es nichts zu lockern. Prüfen Sie in zwei oder drei Tagen noch einmal. Wenn Ihr Rücken nach einigen Einheiten noch schmerzt, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
    </message>
    <message numerus="yes">
        <source>Your two sides differ by less than %n points in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>
            <numerusform>Ihre beiden Seiten unterscheiden sich in jeder Gruppe um weniger als %n Punkt. Sie gelten deshalb als ausgeglichen, und heute gibt es nichts zu lockern. Prüfen Sie in zwei oder drei Tagen noch einmal. Wenn Ihr Rücken nach einigen Einheiten noch schmerzt, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.</numerusform>
            <numerusform>Ihre beiden Seiten unterscheiden sich in jeder Gruppe um weniger als %n Punkte. Sie gelten deshalb als ausgeglichen, und heute gibt es nichts zu lockern. Prüfen Sie in zwei oder drei Tagen noch einmal. Wenn Ihr Rücken nach einigen Einheiten noch schmerzt, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to release today: the groups that differ were left out because of your screening answers. Ask a clinician about them.</source>
        <translation>Heute gibt es nichts zu lockern: Die Gruppen mit einem Unterschied wurden wegen Ihrer Antworten bei den Sicherheitsfragen ausgelassen. Fragen Sie dazu eine Ärztin, einen Arzt oder die Physiotherapie.</translation>
    </message>
    <message>
        <source>Release only the side each step names, not both. Afterwards, rate both sides of the %1 again, so you can see the gap shrink.</source>
        <translation>Lockern Sie nur die Seite, die der Schritt nennt, nicht beide. Bewerten Sie danach beide Seiten von %1 noch einmal, damit Sie sehen, wie der Unterschied kleiner wird.</translation>
    </message>
    <message>
        <source>If pain rises during a release, ease the pressure or stop; the player has a stop button for this.</source>
        <translation>Wenn der Schmerz beim Lockern stärker wird, verringern Sie den Druck oder hören Sie auf. Die Übungsansicht hat dafür eine Stopp-Taste.</translation>
    </message>
    <message>
        <source>Left out today because of your screening answers: %1.</source>
        <translation>Heute wegen Ihrer Antworten bei den Sicherheitsfragen ausgelassen: %1.</translation>
    </message>
    <message>
        <source>One step does not fit in your %1 today; it comes first next time.</source>
        <translation>Ein Schritt passt heute nicht in Ihre %1. Er kommt beim nächsten Mal zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps do not fit in your %1 today; they come first next time.</source>
        <translation>
            <numerusform>%n Schritt passt heute nicht in Ihre %1. Er kommt beim nächsten Mal zuerst.</numerusform>
            <numerusform>%n Schritte passen heute nicht in Ihre %1. Sie kommen beim nächsten Mal zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have a flare-up: every hold is gentle, %1 s with discomfort no more than %2 out of 10. The hips and back are left alone on purpose; the work stays on the legs.</source>
        <translation>Sie haben einen akuten Schub: Jede Haltezeit ist sanft, %1 s mit einem Unbehagen von höchstens %2 von 10. Becken und Rücken bleiben mit Absicht unberührt; die Arbeit bleibt an den Beinen.</translation>
    </message>
    <message>
        <source>The low back and glutes are left alone on purpose: they are usually holding your hips steady against a pull from the legs, so they are the messenger, not the cause. Tightside works on the tighter side of the legs instead.</source>
        <translation>Unterer Rücken und Gesäßmuskeln bleiben mit Absicht unberührt: Sie halten meist Ihr Becken gegen einen Zug aus den Beinen ruhig. Sie sind also der Bote, nicht die Ursache. Tightside arbeitet stattdessen an der verspannteren Seite der Beine.</translation>
    </message>
    <message>
        <source>A step that touched the low back, glutes, spine or lower ribs was removed: Tightside never works there, whatever a protocol says.</source>
        <translation>Ein Schritt, der den unteren Rücken, die Gesäßmuskeln, die Wirbelsäule oder die unteren Rippen berührte, wurde entfernt: Tightside arbeitet dort nie, was auch immer ein Protokoll sagt.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps that touched the low back, glutes, spine or lower ribs were removed: Tightside never works there, whatever a protocol says.</source>
        <translation>
            <numerusform>%n Schritt, der den unteren Rücken, die Gesäßmuskeln, die Wirbelsäule oder die unteren Rippen berührte, wurde entfernt: Tightside arbeitet dort nie, was auch immer ein Protokoll sagt.</numerusform>
            <numerusform>%n Schritte, die den unteren Rücken, die Gesäßmuskeln, die Wirbelsäule oder die unteren Rippen berührten, wurden entfernt: Tightside arbeitet dort nie, was auch immer ein Protokoll sagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tightside plan (%1 %2; a gap of %3 points or more counts)</source>
        <translation>Tightside-Plan (%1 %2; ein Unterschied ab %3 Punkten zählt)</translation>
    </message>
    <message>
        <source>SEE A CLINICIAN TODAY. No routine.</source>
        <translation>HEUTE ÄRZTLICHE HILFE HOLEN. Keine Routine.</translation>
    </message>
    <message>
        <source>SEE A CLINICIAN SOON. No routine for now.</source>
        <translation>BALD ÄRZTLICHE HILFE HOLEN. Vorerst keine Routine.</translation>
    </message>
    <message>
        <source>BALANCED: nothing to release today.</source>
        <translation>AUSGEGLICHEN: Heute gibt es nichts zu lockern.</translation>
    </message>
    <message>
        <source>Steps, in this order:</source>
        <translation>Schritte, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>%1. LEFT %2, %3 s (optional): %4</source>
        <translation>%1. %2 LINKS, %3 s (freiwillig): %4</translation>
    </message>
    <message>
        <source>%1. RIGHT %2, %3 s (optional): %4</source>
        <translation>%1. %2 RECHTS, %3 s (freiwillig): %4</translation>
    </message>
    <message>
        <source>%1. LEFT %2, %3 s: %4</source>
        <translation>%1. %2 LINKS, %3 s: %4</translation>
    </message>
    <message>
        <source>%1. RIGHT %2, %3 s: %4</source>
        <translation>%1. %2 RECHTS, %3 s: %4</translation>
    </message>
    <message>
        <source>Next time first (did not fit today):</source>
        <translation>Beim nächsten Mal zuerst (passte heute nicht):</translation>
    </message>
    <message>
        <source>left %1, %2 s</source>
        <translation>%1 links, %2 s</translation>
    </message>
    <message>
        <source>right %1, %2 s</source>
        <translation>%1 rechts, %2 s</translation>
    </message>
    <message>
        <source>Balanced today: %1</source>
        <translation>Heute ausgeglichen: %1</translation>
    </message>
    <message>
        <source>Re-check both sides afterwards: %1</source>
        <translation>Danach beide Seiten neu prüfen: %1</translation>
    </message>
    <message>
        <source>Never worked on: %1</source>
        <translation>Nie bearbeitet: %1</translation>
    </message>
    <message>
        <source>It comes first today because it did not fit in the time you had last session.</source>
        <translation>Der Schritt kommt heute zuerst, weil er in der letzten Einheit nicht in Ihre Zeit passte.</translation>
    </message>
    <message>
        <source>You released your %1 less than 24 hours ago, so that group rests today; it can be released again from %2. Rate both sides of it after the routine all the same, to see how it holds.</source>
        <translation>Sie haben diese Gruppe (%1) vor weniger als 24 Stunden gelockert, deshalb ruht sie heute; ab %2 kann sie wieder gelockert werden. Bewerten Sie nach der Routine trotzdem beide Seiten davon, um zu sehen, ob die Wirkung anhält.</translation>
    </message>
    <message>
        <source>There is nothing to release right now: every group that differs was released in the last 24 hours and rests. Rate both sides again all the same.</source>
        <translation>Im Moment gibt es nichts zu lockern: Jede Gruppe mit einem Unterschied wurde in den letzten 24 Stunden gelockert und ruht. Bewerten Sie trotzdem beide Seiten noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 gap has not clearly changed over your last %n sessions (your ratings: a gap of %2 at the first of them and %3 today). That can happen. It may be time to ask a doctor or physiotherapist to have a look; today&apos;s routine is below as usual.</source>
        <translation>
            <numerusform>Der Unterschied bei %1 hat sich in Ihrer letzten %n Einheit nicht deutlich verändert (Ihre Bewertungen: ein Unterschied von %2 zu Beginn und %3 heute). Das kann vorkommen. Vielleicht ist es Zeit, es von einer Ärztin, einem Arzt oder in der Physiotherapie ansehen zu lassen; die heutige Routine steht wie gewohnt unten.</numerusform>
            <numerusform>Der Unterschied bei %1 hat sich über Ihre letzten %n Einheiten nicht deutlich verändert (Ihre Bewertungen: ein Unterschied von %2 bei der ersten davon und %3 heute). Das kann vorkommen. Vielleicht ist es Zeit, es von einer Ärztin, einem Arzt oder in der Physiotherapie ansehen zu lassen; die heutige Routine steht wie gewohnt unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your measured angles show no difference this test can tell apart (it tells apart %1° or more).</source>
        <translation>Ihre gemessenen Winkel zeigen keinen Unterschied, den dieser Test erkennen kann (er erkennt Unterschiede ab %1°).</translation>
    </message>
    <message>
        <source>Your measured angles: your left side is tighter by %1° (this test tells apart %2° or more).</source>
        <translation>Ihre gemessenen Winkel: Ihre linke Seite ist um %1° steifer (dieser Test erkennt Unterschiede ab %2°).</translation>
    </message>
    <message>
        <source>Your measured angles: your right side is tighter by %1° (this test tells apart %2° or more).</source>
        <translation>Ihre gemessenen Winkel: Ihre rechte Seite ist um %1° steifer (dieser Test erkennt Unterschiede ab %2°).</translation>
    </message>
    <message>
        <source>Your ratings point to the other side, so test both sides again, set up the same way, before you trust either.</source>
        <translation>Ihre Bewertungen zeigen auf die andere Seite. Testen Sie daher beide Seiten noch einmal, gleich aufgebaut, bevor Sie einem der beiden Ergebnisse trauen.</translation>
    </message>
    <message>
        <source>Your measured angles for the %1 do not match your ratings. Test both sides again when you can; today&apos;s plan follows your ratings.</source>
        <translation>Ihre gemessenen Winkel bei %1 passen nicht zu Ihren Bewertungen. Testen Sie beide Seiten noch einmal, wenn Sie können; der heutige Plan folgt Ihren Bewertungen.</translation>
    </message>
    <message>
        <source>M1, the five leg groups are checked left against right, in order</source>
        <translation>M1, die fünf Beingruppen werden der Reihe nach links gegen rechts geprüft</translation>
    </message>
    <message>
        <source>M2, only the tighter side is released</source>
        <translation>M2, nur die festere Seite wird gelöst</translation>
    </message>
    <message>
        <source>M3, never the low back or the glutes</source>
        <translation>M3, nie der untere Rücken oder das Gesäß</translation>
    </message>
    <message>
        <source>M4, the TFL only once the five groups are balanced</source>
        <translation>M4, der TFL erst, wenn die fünf Gruppen ausgeglichen sind</translation>
    </message>
    <message>
        <source>M5, the upper body only as a rare exception</source>
        <translation>M5, der Oberkörper nur als seltene Ausnahme</translation>
    </message>
    <message>
        <source>M6, several sessions, each checked again</source>
        <translation>M6, mehrere Einheiten, jede erneut geprüft</translation>
    </message>
    <message>
        <source>M7, safety first: the screening comes before any rating</source>
        <translation>M7, Sicherheit zuerst: die Sicherheitsfragen kommen vor jeder Bewertung</translation>
    </message>
    <message>
        <source>M8, honest about what the method is and is not</source>
        <translation>M8, ehrlich darüber, was die Methode ist und was nicht</translation>
    </message>
    <message>
        <source>M9, steps that do not fit today&apos;s minutes wait for next time</source>
        <translation>M9, Schritte, die heute nicht in die Minuten passen, warten auf das nächste Mal</translation>
    </message>
    <message>
        <source>M10, gentle holds during an acute flare-up</source>
        <translation>M10, sanftes Halten während eines akuten Schubs</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminds you when your next Tightside check is due.</source>
        <translation>Erinnert Sie, wenn Ihr nächster Tightside-Test fällig ist.</translation>
    </message>
    <message>
        <source>Tightside reminder</source>
        <translation>Tightside-Erinnerung</translation>
    </message>
    <message>
        <source>There is no configuration folder: neither XDG_CONFIG_HOME nor HOME is set.</source>
        <translation>Es gibt keinen Konfigurationsordner: weder XDG_CONFIG_HOME noch HOME ist gesetzt.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Time for your next check</source>
        <translation>Zeit für Ihren nächsten Test</translation>
    </message>
    <message>
        <source>Your next Tightside check is due. It takes a few minutes.</source>
        <translation>Ihr nächster Tightside-Test ist fällig. Er dauert nur wenige Minuten.</translation>
    </message>
    <message>
        <source>Start check</source>
        <translation>Test starten</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>A sound could not be played.</source>
        <translation>Ein Ton konnte nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>No sound device was found, so Tightside plays no sounds. The flash and the words show every cue.</source>
        <translation>Es wurde kein Audiogerät gefunden, deshalb spielt Tightside keine Töne. Das Aufblinken und die Worte zeigen jeden Hinweis.</translation>
    </message>
    <message>
        <source>The sound and voice part of Tightside is missing from this installation, so cues are shown on screen only.</source>
        <translation>Der Teil von Tightside für Ton und Stimme fehlt in dieser Installation, daher werden die Hinweise nur auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>A sound could not be loaded.</source>
        <translation>Ein Ton konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Sessions moved</source>
        <translation>Einheiten verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n session file(s) saved by an earlier version of Tightside were moved into the one data folder, where the command line finds them too.</source>
        <translation>
            <numerusform>%n Einheiten-Datei, die eine frühere Version von Tightside gespeichert hat, wurde in den einen Datenordner verschoben, wo auch die Kommandozeile sie findet.</numerusform>
            <numerusform>%n Einheiten-Dateien, die eine frühere Version von Tightside gespeichert hat, wurden in den einen Datenordner verschoben, wo auch die Kommandozeile sie findet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that could not be used were set aside in the quarantine folder; nothing was deleted.</source>
        <translation>
            <numerusform>%n Datei, die nicht verwendet werden konnte, wurde in den Quarantäne-Ordner gelegt; nichts wurde gelöscht.</numerusform>
            <numerusform>%n Dateien, die nicht verwendet werden konnten, wurden in den Quarantäne-Ordner gelegt; nichts wurde gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::AboutPage</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ActivitiesPage</name>
    <message>
        <source>What matters to you (optional, once a week)</source>
        <translation>Was Ihnen wichtig ist (freiwillig, einmal pro Woche)</translation>
    </message>
    <message>
        <source>Name up to five everyday activities that your back makes hard, for example putting on socks or sitting through a film. Rate how well you can do each today, from 0 (cannot do it) to 10 (as well as before the trouble). History shows how your ratings change from week to week.</source>
        <translation>Nennen Sie bis zu fünf Tätigkeiten des Alltags, die Ihnen Ihr Rücken schwer macht, zum Beispiel Socken anziehen oder einen ganzen Film lang sitzen. Bewerten Sie, wie gut Sie jede heute schaffen, von 0 (geht nicht) bis 10 (so gut wie vor den Beschwerden). Der Verlauf zeigt, wie sich Ihre Bewertungen von Woche zu Woche ändern.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>How well you can do it today</source>
        <translation>Wie gut Sie es heute schaffen</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Tätigkeit %1</translation>
    </message>
    <message>
        <source>The activity in your own words, at most %1 characters. Leave empty if you do not need it.</source>
        <translation>Die Tätigkeit in Ihren eigenen Worten, höchstens %1 Zeichen. Leer lassen, wenn Sie sie nicht brauchen.</translation>
    </message>
    <message>
        <source>How well you can do activity %1 today</source>
        <translation>Wie gut Sie Tätigkeit %1 heute schaffen</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Diese &amp;Woche überspringen</translation>
    </message>
    <message>
        <source>Skip this week</source>
        <translation>Diese Woche überspringen</translation>
    </message>
    <message>
        <source>Goes on with the check without rating any activity. Nothing is saved for them.</source>
        <translation>Setzt den Test fort, ohne eine Tätigkeit zu bewerten. Für sie wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>These are your own ratings; they do not say what caused a change.</source>
        <translation>Das sind Ihre eigenen Bewertungen; sie sagen nicht, was eine Veränderung bewirkt hat.</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1. 0 means you cannot do it, 10 as well as before. A digit key sets it, End gives 10.</source>
        <translation>%1. 0 bedeutet, es geht nicht, 10 so gut wie vorher. Eine Zifferntaste setzt den Wert, Ende gibt 10.</translation>
    </message>
    <message>
        <source>Rate each activity you named, or clear its name.</source>
        <translation>Bewerten Sie jede genannte Tätigkeit, oder löschen Sie ihren Namen.</translation>
    </message>
    <message>
        <source>Name each activity you rated.</source>
        <translation>Geben Sie jeder bewerteten Tätigkeit einen Namen.</translation>
    </message>
    <message>
        <source>Give each activity a different name.</source>
        <translation>Geben Sie jeder Tätigkeit einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::AngleChart</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Measured angles</source>
        <translation>Gemessene Winkel</translation>
    </message>
    <message>
        <source>No angles measured yet.</source>
        <translation>Noch keine Winkel gemessen.</translation>
    </message>
    <message>
        <source>Measured angles, oldest first: left %1; right %2. The band around each side&apos;s first angle is %3 either way: a change inside it is one this test cannot tell apart.</source>
        <extracomment>%1 and %2: the angles of each session, oldest first (&quot;120.0°, 118.5°&quot;); %3 the MDC.</extracomment>
        <translation>Gemessene Winkel, die ältesten zuerst: links %1; rechts %2. Das Band um den ersten Winkel jeder Seite reicht %3 in jede Richtung: Eine Änderung darin kann dieser Test nicht unterscheiden.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Bodymap</name>
    <message>
        <source>Hatched = never worked on: the low back, spine, buttocks and lower ribs. They are not the cause.</source>
        <translation>Schraffiert = nie bearbeitet: unterer Rücken, Wirbelsäule, Gesäß und untere Rippen. Sie sind nicht die Ursache.</translation>
    </message>
    <message>
        <source>Seen from behind: your left is on the left.</source>
        <translation>Von hinten gesehen: Ihre linke Seite ist links.</translation>
    </message>
    <message>
        <source>Seen from the front: your left is on the right.</source>
        <translation>Von vorn gesehen: Ihre linke Seite ist rechts.</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, beide Seiten</translation>
    </message>
    <message>
        <source>Body map, seen from the %1: %2 marked.</source>
        <translation>Körperkarte, Ansicht von %1: %2 markiert.</translation>
    </message>
    <message>
        <source>Body map: %1</source>
        <translation>Körperkarte: %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CameraPage</name>
    <message numerus="yes">
        <source>Start the self-timer (%n seconds)</source>
        <extracomment>The self-timer&apos;s button; the number is 10.</extracomment>
        <translation>
            <numerusform>Selbstauslöser starten (%n Sekunde)</numerusform>
            <numerusform>Selbstauslöser starten (%n Sekunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n seconds the camera takes the photo: time to lie down in the test position.</source>
        <translation>
            <numerusform>Nach %n Sekunde macht die Kamera das Foto: Zeit, sich in die Testhaltung zu legen.</numerusform>
            <numerusform>Nach %n Sekunden macht die Kamera das Foto: Zeit, sich in die Testhaltung zu legen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Selbstauslöser anhalten</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Foto öffnen…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo of the test position.</source>
        <translation>Wählen Sie ein JPEG- oder PNG-Foto der Testhaltung.</translation>
    </message>
    <message>
        <source>Show the setup</source>
        <translation>Aufbau zeigen</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Take the photo with a phone and open it here.</source>
        <translation>Auf diesem Computer wurde keine Kamera gefunden. Machen Sie das Foto mit einem Handy und öffnen Sie es hier.</translation>
    </message>
    <message>
        <source>The camera part of Tightside is missing from this installation. Take the photo with a phone and open it here.</source>
        <translation>Der Kamerateil von Tightside fehlt in dieser Installation. Machen Sie das Foto mit einem Handy und öffnen Sie es hier.</translation>
    </message>
    <message numerus="yes">
        <source>Aim the camera at the test position and check the picture. Then start the self-timer: you have %n seconds to lie down in position before the photo is taken.</source>
        <translation>
            <numerusform>Richten Sie die Kamera auf die Testhaltung und prüfen Sie das Bild. Starten Sie dann den Selbstauslöser: Sie haben %n Sekunde, um sich in Position zu legen, bevor das Foto gemacht wird.</numerusform>
            <numerusform>Richten Sie die Kamera auf die Testhaltung und prüfen Sie das Bild. Starten Sie dann den Selbstauslöser: Sie haben %n Sekunden, um sich in Position zu legen, bevor das Foto gemacht wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-timer is stopped. No photo was taken.</source>
        <translation>Der Selbstauslöser ist angehalten. Es wurde kein Foto gemacht.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Das Foto wird gemacht…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) until the photo is taken.</source>
        <extracomment>Said by a screen reader each second of the camera&apos;s self-timer.</extracomment>
        <translation>
            <numerusform>Noch %n Sekunde bis zum Foto.</numerusform>
            <numerusform>Noch %n Sekunden bis zum Foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera stopped working. Take the photo with a phone and open it here, or go back to the setup and try the camera again.</source>
        <translation>Die Kamera funktioniert nicht mehr. Machen Sie das Foto mit einem Handy und öffnen Sie es hier, oder gehen Sie zurück zum Aufbau und versuchen Sie es erneut mit der Kamera.</translation>
    </message>
    <message>
        <source>The camera stopped working (%1). Take the photo with a phone and open it here, or go back to the setup and try the camera again.</source>
        <translation>Die Kamera funktioniert nicht mehr (%1). Machen Sie das Foto mit einem Handy und öffnen Sie es hier, oder gehen Sie zurück zum Aufbau und versuchen Sie es erneut mit der Kamera.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>What the camera sees now, to aim it at the test position.</source>
        <translation>Was die Kamera gerade sieht, um sie auf die Testhaltung auszurichten.</translation>
    </message>
    <message>
        <source>Waiting for the camera&apos;s picture…</source>
        <translation>Warten auf das Bild der Kamera…</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CheckFlow</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Goes to the page before. Your answers are kept.</source>
        <translation>Geht zur vorherigen Seite. Ihre Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>See my &amp;plan &gt;</source>
        <translation>Meinen &amp;Plan ansehen &gt;</translation>
    </message>
    <message>
        <source>&amp;Start routine &gt;</source>
        <translation>Routine &amp;starten &gt;</translation>
    </message>
    <message>
        <source>&amp;Next: save this check &gt;</source>
        <translation>&amp;Weiter: diesen Test speichern &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>&amp;Neuen Test beginnen</translation>
    </message>
    <message>
        <source>Starts the routine player with step 1.</source>
        <translation>Startet die Übungsansicht mit Schritt 1.</translation>
    </message>
    <message>
        <source>Saves this check to your history.</source>
        <translation>Speichert diesen Test in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Starts a new check from the safety questions.</source>
        <translation>Beginnt einen neuen Test mit den Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>Goes to the next page. Enter does the same.</source>
        <translation>Geht zur nächsten Seite. Die Eingabetaste tut dasselbe.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1 The routine goes on; check the data folder in Settings.</source>
        <translation>Ihr Fortschritt konnte nicht gespeichert werden: %1 Die Routine läuft weiter. Prüfen Sie den Datenordner in den Einstellungen.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1 Your answers are still here; check the data folder in Settings and press Save again.</source>
        <translation>Die Einheit konnte nicht gespeichert werden: %1 Ihre Antworten sind noch da. Prüfen Sie den Datenordner in den Einstellungen und drücken Sie noch einmal auf Speichern.</translation>
    </message>
    <message>
        <source>Your last check</source>
        <translation>Ihr letzter Test</translation>
    </message>
    <message>
        <source>Give a number from 0 to 10 to go on.</source>
        <translation>Geben Sie eine Zahl von 0 bis 10 an, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Group %1 of %2. Rate both sides from 0 to 10 to go on.</source>
        <translation>Gruppe %1 von %2. Bewerten Sie beide Seiten von 0 bis 10, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Rate both sides of each group and your pain now to save.</source>
        <translation>Bewerten Sie beide Seiten jeder Gruppe und Ihren Schmerz jetzt, um zu speichern.</translation>
    </message>
    <message>
        <source>This stop could not be kept in your history: %1 The advice below still holds; check the data folder in Settings.</source>
        <translation>Dieser Abbruch konnte nicht in Ihrem Verlauf gespeichert werden: %1 Der Rat unten gilt trotzdem; prüfen Sie den Datenordner in den Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routine done.&lt;/b&gt; Well done. Now rate both sides of each group you released again, set up as before, to see whether the gap shrank.</source>
        <translation>&lt;b&gt;Routine geschafft.&lt;/b&gt; Gut gemacht. Bewerten Sie jetzt beide Seiten jeder gelockerten Gruppe noch einmal, genauso wie vorher, um zu sehen, ob der Unterschied kleiner geworden ist.</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>Routine geschafft</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CheckStepper</name>
    <message>
        <source>Where you are in the check</source>
        <translation>Wo Sie im Test stehen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>Schritt %1 von %2: %3.</translation>
    </message>
    <message>
        <source>Every step of this check is done.</source>
        <translation>Alle Schritte dieses Tests sind erledigt.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Tests %1 of %2</source>
        <translation>Tests %1 von %2</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Nachprüfen</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Disclosure</name>
    <message>
        <source>Shows or hides the reasons. Space opens and closes them.</source>
        <translation>Zeigt oder verbirgt die Gründe. Die Leertaste öffnet und schließt sie.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::GroupPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group page&apos;s title: the group&apos;s name and where it is, e.g. &quot;Quadriceps (front of the thigh)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: optional</source>
        <translation>%1: freiwillig</translation>
    </message>
    <message>
        <source>Self-test: %1</source>
        <translation>Selbsttest: %1</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Was Sie vergleichen</translation>
    </message>
    <message>
        <source>Picture of the %1 coming soon.</source>
        <translation>Ein Bild für %1 folgt bald.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>The drawing shows the left side; do the right side the same way.</source>
        <translation>Die Zeichnung zeigt die linke Seite. Machen Sie die rechte Seite genauso.</translation>
    </message>
    <message>
        <source>STOP: nerve signs</source>
        <translatorcomment>Anzeichen einer Nervenreizung: feststehender Begriff, überall gleich (auch im Protokoll).</translatorcomment>
        <translation>STOPP: Anzeichen einer Nervenreizung</translation>
    </message>
    <message>
        <source>I did the optional %1 test today</source>
        <translation>Ich habe den freiwilligen Test für %1 heute gemacht</translation>
    </message>
    <message>
        <source>Tick to rate both sides. Leave empty to skip this test today.</source>
        <translation>Ankreuzen, um beide Seiten zu bewerten. Leer lassen, um diesen Test heute auszulassen.</translation>
    </message>
    <message>
        <source>%1 tightness</source>
        <extracomment>What a pair of ratings rates, for screen readers: &quot;quadriceps tightness&quot;.</extracomment>
        <translation>Spannung: %1</translation>
    </message>
    <message>
        <source>Lit: the tighter side, %1 %2.</source>
        <translation>Hervorgehoben: die verspanntere Seite, %2 %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>caption, then which side is which</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>caption, then what the hatching means</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A drawing of this self-test (%1), done on the left side. For the right side, do the same as in a mirror.</source>
        <translation>Eine Zeichnung dieses Selbsttests (%1), auf der linken Seite. Machen Sie auf der rechten Seite dasselbe, wie im Spiegel.</translation>
    </message>
    <message>
        <source>Stop the test if you notice any of these.</source>
        <translation>Brechen Sie den Test ab, wenn Sie eines davon bemerken.</translation>
    </message>
    <message>
        <source>Marked: %1 on both sides.</source>
        <translation>Markiert: %1 auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Measure from a photo (optional)</source>
        <translation>Mit einem Foto messen (freiwillig)</translation>
    </message>
    <message>
        <source>A photo of the test position gives an angle in degrees for each side: a measure beside your feeling. Your ratings still decide the plan.</source>
        <translation>Ein Foto der Testhaltung ergibt für jede Seite einen Winkel in Grad: ein Messwert neben Ihrem Gefühl. Über den Plan entscheiden weiterhin Ihre Bewertungen.</translation>
    </message>
    <message>
        <source>Measure left…</source>
        <translation>Links messen…</translation>
    </message>
    <message>
        <source>Measure right…</source>
        <translation>Rechts messen…</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Left: not measured</source>
        <translation>Links: nicht gemessen</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Right: not measured</source>
        <translation>Rechts: nicht gemessen</translation>
    </message>
    <message>
        <source>Measure both sides, set up the same way, to compare them.</source>
        <translation>Messen Sie beide Seiten mit demselben Aufbau, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the measured gap, then the notice</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Opens the measuring page for the left side: the setup, then the photo and its landmarks.</source>
        <translation>Öffnet die Messseite für die linke Seite: erst der Aufbau, dann das Foto und seine Messpunkte.</translation>
    </message>
    <message>
        <source>Opens the measuring page for the right side: the setup, then the photo and its landmarks.</source>
        <translation>Öffnet die Messseite für die rechte Seite: erst der Aufbau, dann das Foto und seine Messpunkte.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryChart</name>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>No sessions with this measure yet.</source>
        <translation>Noch keine Einheiten mit diesem Wert.</translation>
    </message>
    <message>
        <source>%1. First: %2 before, %3 after. Latest: %4 before, %5 after.</source>
        <translation>%1. Erste: %2 vorher, %3 nachher. Letzte: %4 vorher, %5 nachher.</translation>
    </message>
    <message>
        <source>before (dashed, dots)</source>
        <translation>vorher (gestrichelt, Punkte)</translation>
    </message>
    <message>
        <source>after (solid, squares)</source>
        <translation>nachher (durchgezogen, Quadrate)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>hatched: balanced, a gap under %1</source>
        <translation>schraffiert: ausgeglichen, ein Unterschied unter %1</translation>
    </message>
    <message numerus="yes">
        <source>your ratings, %n session(s)</source>
        <translation>
            <numerusform>Ihre Bewertungen, %n Einheit</numerusform>
            <numerusform>Ihre Bewertungen, %n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryDashboard</name>
    <message>
        <source>Am I getting better?</source>
        <translation>Geht es mir besser?</translation>
    </message>
    <message>
        <source>In each chart: %1 at the start of a session (dashed line), %2 after its routine (solid line); the hatched band is balanced, a gap under %3. A change counts only at %4 points or more.</source>
        <translation>In jedem Diagramm: %1 zu Beginn einer Sitzung (gestrichelte Linie), %2 nach ihrer Routine (durchgezogene Linie); das schraffierte Band ist ausgeglichen, ein Unterschied unter %3. Eine Änderung zählt erst ab %4 Punkten.</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerz</translation>
    </message>
    <message>
        <source>At the start: %1 first, %2 now (0 to 10).</source>
        <translation>Zu Beginn: anfangs %1, jetzt %2 (0 bis 10).</translation>
    </message>
    <message>
        <source>Gap between left and right: %1</source>
        <translation>Unterschied zwischen links und rechts: %1</translation>
    </message>
    <message>
        <source>Gap at the start: %1 first, %2 now.</source>
        <translation>Unterschied zu Beginn: anfangs %1, jetzt %2.</translation>
    </message>
    <message>
        <source>Measured: %1° first, %2° now (a change counts from %3°): %4.</source>
        <translation>Gemessen: anfangs %1°, jetzt %2° (eine Änderung zählt ab %3°): %4.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryModel</name>
    <message>
        <source>%1 of %2 (%3 stopped for pain)</source>
        <translation>%1 von %2 (%3 wegen Schmerz abgebrochen)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Keine Notizen</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Stopped by a red flag: see a clinician today</source>
        <translation>Wegen eines Warnzeichens beendet: heute ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>Stopped by a red flag: see a clinician soon</source>
        <translation>Wegen eines Warnzeichens beendet: bald ärztlich abklären lassen</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryPage</name>
    <message>
        <source>Open the &amp;quarantine folder</source>
        <translation>&amp;Quarantäne-Ordner öffnen</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>Up and Down choose a session; its details show below the table.</source>
        <translation>Pfeil hoch und runter wählen eine Einheit; ihre Einzelheiten stehen unter der Tabelle.</translation>
    </message>
    <message>
        <source>Pick a session to see its details.</source>
        <translation>Wählen Sie eine Einheit, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>The gap between left and right of one group, or back pain, across your sessions.</source>
        <translation>Der Unterschied zwischen links und rechts einer Gruppe, oder die Rückenschmerzen, über Ihre Einheiten.</translation>
    </message>
    <message>
        <source>Gap between left and right: %1</source>
        <translation>Unterschied zwischen links und rechts: %1</translation>
    </message>
    <message>
        <source>Back pain, before and after</source>
        <translation>Rückenschmerzen, vorher und nachher</translation>
    </message>
    <message>
        <source>Reading your sessions</source>
        <translation>Ihre Einheiten werden gelesen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Export C&amp;SV</source>
        <translation>C&amp;SV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON</source>
        <translation>&amp;JSON exportieren</translation>
    </message>
    <message>
        <source>Export P&amp;DF</source>
        <translation>P&amp;DF exportieren</translation>
    </message>
    <message>
        <source>Saves every session to a %1 file you choose.</source>
        <translation>Speichert alle Einheiten in eine %1-Datei Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Shows the folder with your session files in the file manager.</source>
        <translation>Zeigt den Ordner mit Ihren Einheiten-Dateien im Dateimanager.</translation>
    </message>
    <message>
        <source>Could not open the folder. It is: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden. Er liegt hier: %1</translation>
    </message>
    <message>
        <source>Reading your sessions...</source>
        <translation>Ihre Einheiten werden gelesen...</translation>
    </message>
    <message>
        <source>Reading your sessions: %1 of %2...</source>
        <translation>Ihre Einheiten werden gelesen: %1 von %2...</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No sessions saved yet.</source>
        <translation>Noch keine Einheiten gespeichert.</translation>
    </message>
    <message>
        <source>Your sessions will show here once you save one.</source>
        <translation>Ihre Einheiten erscheinen hier, sobald Sie eine speichern.</translation>
    </message>
    <message>
        <source>This session cannot be shown: %1</source>
        <translation>Diese Einheit kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The history is not loaded.</source>
        <translation>Der Verlauf ist nicht geladen.</translation>
    </message>
    <message>
        <source>Exporting your history...</source>
        <translation>Ihr Verlauf wird exportiert...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Exporting your history: %1 of %2 sessions read.</source>
        <translation>Ihr Verlauf wird exportiert: %1 von %2 Einheiten gelesen.</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 sessions read...</source>
        <translation>Export: %1 von %2 Einheiten gelesen...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export läuft...</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Der Export wird abgebrochen...</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>1 file could not be read and is kept in the quarantine folder. Every readable session still shows.</source>
        <translation>1 Datei konnte nicht gelesen werden und liegt im Quarantäne-Ordner. Jede lesbare Einheit wird weiter angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and are kept in the quarantine folder. Every readable session still shows.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und liegt im Quarantäne-Ordner. Jede lesbare Einheit wird weiter angezeigt.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und liegen im Quarantäne-Ordner. Jede lesbare Einheit wird weiter angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your course so far</source>
        <translation>Ihr bisheriger Verlauf</translation>
    </message>
    <message>
        <source>Export FHI&amp;R</source>
        <translation>FHI&amp;R exportieren</translation>
    </message>
    <message>
        <source>Your progress and your sessions</source>
        <translation>Ihr Fortschritt und Ihre Sitzungen</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll. Tab goes to the course, the table and the buttons.</source>
        <translation>Bild auf und Bild ab blättern. Tab geht zum Verlauf, zur Tabelle und zu den Knöpfen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Name im Bericht</translation>
    </message>
    <message>
        <source>Your name for the report&apos;s header, so your clinician knows whose it is. Leave it empty to write it in by hand. Tightside does not keep it.</source>
        <translation>Ihr Name für den Kopf des Berichts, damit Ihre Ärztin, Ihr Arzt oder Ihre Physiotherapie weiß, von wem er ist. Lassen Sie das Feld leer, um ihn von Hand einzutragen. Tightside speichert ihn nicht.</translation>
    </message>
    <message>
        <source>Your name for the file, so the clinic&apos;s system knows whose data it is. Leave it empty and the file names nobody. Tightside does not keep it.</source>
        <translation>Ihr Name für die Datei, damit das System der Praxis weiß, wessen Daten es sind. Lassen Sie das Feld leer, dann nennt die Datei niemanden. Tightside speichert ihn nicht.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Historymodel</name>
    <message>
        <source>&lt;b&gt;Session of %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Einheit vom %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Back pain: %1 before</source>
        <translation>Rückenschmerzen: %1 vorher</translation>
    </message>
    <message>
        <source>, %1 after.</source>
        <translation>, %1 nachher.</translation>
    </message>
    <message>
        <source> before left %1, right %2</source>
        <translation> vorher links %1, rechts %2</translation>
    </message>
    <message>
        <source>; after left %1, right %2</source>
        <translation>; nachher links %1, rechts %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notizen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Largest gap before</source>
        <translation>Größter Unterschied vorher</translation>
    </message>
    <message>
        <source>Largest gap after</source>
        <translation>Größter Unterschied nachher</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Left %1, %2: %3</source>
        <translation>%1 links, %2: %3</translation>
    </message>
    <message>
        <source>Right %1, %2: %3</source>
        <translation>%1 rechts, %2: %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The check stopped at the screening questions: Tightside advised you to see a clinician today because of these answers:</source>
        <translation>Der Test endete bei den Sicherheitsfragen: Tightside hat Ihnen wegen dieser Antworten geraten, sich heute ärztlich untersuchen zu lassen:</translation>
    </message>
    <message>
        <source>The check stopped at the screening questions: Tightside advised you to see a clinician soon because of these answers:</source>
        <translation>Der Test endete bei den Sicherheitsfragen: Tightside hat Ihnen wegen dieser Antworten geraten, sich bald ärztlich untersuchen zu lassen:</translation>
    </message>
</context>
<context>
    <name>tightside::gui::LogButtons</name>
    <message>
        <source>C&amp;opy log</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copies Tightside&apos;s log to the clipboard, for a bug report. The log holds what the app did and why something failed, never your ratings, answers or notes.</source>
        <translation>Kopiert das Protokoll von Tightside in die Zwischenablage, für einen Fehlerbericht. Das Protokoll enthält, was die App getan hat und warum etwas fehlschlug, nie Ihre Bewertungen, Antworten oder Notizen.</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Opens the folder that holds Tightside&apos;s log files in your file manager.</source>
        <translation>Öffnet den Ordner mit den Protokolldateien von Tightside in Ihrem Dateimanager.</translation>
    </message>
    <message>
        <source>There is no log yet: nothing was copied.</source>
        <translation>Es gibt noch kein Protokoll: Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The log was copied: paste it into your bug report.</source>
        <translation>Das Protokoll wurde kopiert: Fügen Sie es in Ihren Fehlerbericht ein.</translation>
    </message>
    <message>
        <source>There is no log folder yet.</source>
        <translation>Es gibt noch keinen Protokollordner.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden. Er liegt hier: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MainWindow</name>
    <message>
        <source>Places: Check, History, Settings, About</source>
        <translation>Bereiche: Test, Verlauf, Einstellungen, Info</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next place.</source>
        <translation>Strg+Tab geht zum nächsten Bereich.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Info</translation>
    </message>
    <message>
        <source>A new self-check: safety questions, both sides of each leg group, your plan and the routine.</source>
        <translation>Ein neuer Selbsttest: Sicherheitsfragen, beide Seiten jeder Muskelgruppe der Beine, Ihr Plan und die Routine.</translation>
    </message>
    <message>
        <source>Every saved session, a chart of your gaps, and exports.</source>
        <translation>Jede gespeicherte Einheit, ein Diagramm Ihrer Unterschiede und Exporte.</translation>
    </message>
    <message>
        <source>Data folder, voice, step length and protocol.</source>
        <translation>Datenordner, Stimme, Schrittlänge und Protokoll.</translation>
    </message>
    <message>
        <source>The method in plain words, how sure it is, and what Tightside is not.</source>
        <translation>Die Methode in einfachen Worten, wie sicher sie ist, und was Tightside nicht ist.</translation>
    </message>
    <message>
        <source>Welcome to Tightside</source>
        <translation>Willkommen bei Tightside</translation>
    </message>
    <message>
        <source>What Tightside is</source>
        <translation>Was Tightside ist</translation>
    </message>
    <message>
        <source>What the app does, what it is not, and how sure the method is.</source>
        <translation>Was die App tut, was sie nicht ist, und wie sicher die Methode ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What this is.&lt;/b&gt; A guide for a tight or aching low back that starts with the legs. You test both sides of five leg muscle groups, and the app finds the tighter side of each. Then it walks you through releasing only that side with a foam roller or a ball, step by step, with a timer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it is not.&lt;/b&gt; It is not medical advice and it does not diagnose. It never works on the low back, the buttocks or the spine. Some answers will send you to a doctor first instead of giving you a routine.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How sure is this?&lt;/b&gt; The idea comes from one practitioner&apos;s experience over several years and about a thousand sessions. It has not been tested in clinical trials. Try it, watch whether the gap between your sides shrinks, and stop if pain rises.&lt;/p&gt;&lt;p&gt;Everything you enter stays on this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was das ist.&lt;/b&gt; Eine Anleitung für einen verspannten oder schmerzenden unteren Rücken, die bei den Beinen beginnt. Sie testen beide Seiten von fünf Muskelgruppen der Beine, und die App findet bei jeder die verspanntere Seite. Dann führt sie Sie Schritt für Schritt mit einem Timer durch das Lockern nur dieser Seite, mit einer Faszienrolle oder einem Ball.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was sie nicht ist.&lt;/b&gt; Die App ist keine medizinische Beratung und stellt keine Diagnose. Sie arbeitet nie am unteren Rücken, am Gesäß oder an der Wirbelsäule. Bei manchen Antworten schickt die App Sie zuerst zu einer Ärztin oder einem Arzt, statt Ihnen eine Routine zu geben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wie sicher ist das?&lt;/b&gt; Die Idee stammt aus der Erfahrung einer Fachperson über mehrere Jahre und etwa tausend Einheiten. Sie wurde nicht in klinischen Studien geprüft. Probieren Sie die Methode aus, achten Sie darauf, ob der Unterschied zwischen Ihren Seiten kleiner wird, und hören Sie auf, wenn der Schmerz stärker wird.&lt;/p&gt;&lt;p&gt;Alles, was Sie eingeben, bleibt auf diesem Computer, außer Sie exportieren es.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I understand: &amp;start</source>
        <translation>Verstanden: &amp;beginnen</translation>
    </message>
    <message>
        <source>About Tightside</source>
        <translation>Über Tightside</translation>
    </message>
    <message>
        <source>The method, the evidence behind it and what Tightside is not. The arrow keys scroll.</source>
        <translation>Die Methode, die Belege dafür und was Tightside nicht ist. Die Pfeiltasten blättern.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The method in plain words&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Answer the safety questions first. Some answers mean: see a doctor, no routine.&lt;/li&gt;&lt;li&gt;Test both sides of five leg groups: front of the thigh, front of the hip, inner thigh, outer thigh, back of the thigh. Rate each side from 0 to 10.&lt;/li&gt;&lt;li&gt;Where one side is tighter by %2 or more, release only that side. Equal tightness on both sides, however high, counts as balanced.&lt;/li&gt;&lt;li&gt;Check both sides again after the routine. Over one to six sessions the gap should shrink.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Never on the list&lt;/h3&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;h3&gt;How good is the evidence?&lt;/h3&gt;&lt;p&gt;The approach comes from one practitioner&apos;s experience (several years, about a thousand sessions), not from clinical trials. Tightside explains every decision it makes, so you can judge for yourself.&lt;/p&gt;&lt;h3&gt;Not medical advice&lt;/h3&gt;&lt;p&gt;Tightside does not diagnose or treat any condition. If pain rises during a release, stop. If you are worried, see a doctor or physiotherapist.&lt;/p&gt;&lt;p&gt;Protocol: %4, version %5. Tightside version %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Die Methode in einfachen Worten&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Beantworten Sie zuerst die Sicherheitsfragen. Manche Antworten bedeuten: zur Ärztin oder zum Arzt, keine Routine.&lt;/li&gt;&lt;li&gt;Testen Sie beide Seiten von fünf Muskelgruppen der Beine: Vorderseite des Oberschenkels, Vorderseite der Hüfte, Innenseite des Oberschenkels, Außenseite des Oberschenkels, Rückseite des Oberschenkels. Bewerten Sie jede Seite von 0 bis 10.&lt;/li&gt;&lt;li&gt;Wo eine Seite um %2 oder mehr verspannter ist, lockern Sie nur diese Seite. Gleiche Spannung auf beiden Seiten, wie hoch auch immer, gilt als ausgeglichen.&lt;/li&gt;&lt;li&gt;Prüfen Sie nach der Routine beide Seiten noch einmal. Über eine bis sechs Einheiten sollte der Unterschied kleiner werden.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Nie auf der Liste&lt;/h3&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;h3&gt;Wie gut sind die Belege?&lt;/h3&gt;&lt;p&gt;Der Ansatz stammt aus der Erfahrung einer Fachperson (mehrere Jahre, etwa tausend Einheiten), nicht aus klinischen Studien. Tightside erklärt jede Entscheidung, die es trifft, damit Sie selbst urteilen können.&lt;/p&gt;&lt;h3&gt;Keine medizinische Beratung&lt;/h3&gt;&lt;p&gt;Tightside stellt keine Diagnose und behandelt keine Erkrankung. Wenn der Schmerz beim Lockern stärker wird, hören Sie auf. Wenn Sie sich Sorgen machen, gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie.&lt;/p&gt;&lt;p&gt;Protokoll: %4, Version %5. Tightside Version %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not finish the session started %1 (%2 of %3 steps logged). Nothing of it is lost.</source>
        <translation>Sie haben die Einheit vom %1 nicht beendet (%2 von %3 Schritten erfasst). Nichts davon ist verloren.</translation>
    </message>
    <message>
        <source>Close Tightside?</source>
        <translation>Tightside schließen?</translation>
    </message>
    <message>
        <source>Your routine is saved as it goes. Next time you can resume it or check both sides and save.</source>
        <translation>Ihre Routine wird laufend gespeichert. Beim nächsten Mal können Sie sie fortsetzen oder beide Seiten prüfen und speichern.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>Your protocol file could not be loaded, so the built-in protocol is in use. Settings lists the problems.</source>
        <translation>Ihre Protokolldatei konnte nicht geladen werden, deshalb wird das eingebaute Protokoll verwendet. Die Einstellungen listen die Probleme auf.</translation>
    </message>
    <message>
        <source>&amp;Resume the routine</source>
        <translation>Routine &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Check both sides and sa&amp;ve</source>
        <translation>Beide Seiten prüfen und &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unfinished session?</source>
        <translation>Die unbeendete Einheit verwerfen?</translation>
    </message>
    <message>
        <source>The steps logged in it will not be saved to your history.</source>
        <translation>Die darin erfassten Schritte werden nicht in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Your routine is saved as it goes. After the change, Tightside offers any unfinished session in the data folder in use, to resume it or to check both sides and save.</source>
        <translation>Ihre Routine wird laufend gespeichert. Nach der Änderung bietet Tightside jede unbeendete Einheit im verwendeten Datenordner an, zum Fortsetzen oder um beide Seiten zu prüfen und zu speichern.</translation>
    </message>
    <message>
        <source>The answers of this check are not saved yet; they will be lost.</source>
        <translation>Die Antworten dieses Tests sind noch nicht gespeichert; sie gehen verloren.</translation>
    </message>
    <message>
        <source>Stop this check and change the setting?</source>
        <translation>Diesen Test beenden und die Einstellung ändern?</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Keep the check</source>
        <translation>Test behalten</translation>
    </message>
    <message>
        <source>The place shown</source>
        <translation>Der gezeigte Bereich</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureCanvas</name>
    <message>
        <source>The photo to measure. Tap each landmark in turn, or use the arrow keys to move the crosshair (with Shift for big steps), Enter to place the landmark and Backspace to undo the last one. Drag a landmark to adjust it.</source>
        <translation>Das Foto zum Messen. Tippen Sie die Messpunkte der Reihe nach an, oder bewegen Sie das Fadenkreuz mit den Pfeiltasten (mit Umschalt in großen Schritten), setzen Sie den Punkt mit Eingabe und nehmen Sie den letzten mit der Rücktaste zurück. Ziehen Sie einen Punkt, um ihn zu verschieben.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureDialog</name>
    <message>
        <source>Measure the left %1</source>
        <translation>Linke Seite messen: %1</translation>
    </message>
    <message>
        <source>Measure the right %1</source>
        <translation>Rechte Seite messen: %1</translation>
    </message>
    <message>
        <source>The landmarks, in the order you will tap them:</source>
        <translation>Die Messpunkte, in der Reihenfolge, in der Sie sie antippen:</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Foto öffnen…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo of the test position.</source>
        <translation>Wählen Sie ein JPEG- oder PNG-Foto der Testhaltung.</translation>
    </message>
    <message>
        <source>How to take the photo</source>
        <translation>So nehmen Sie das Foto auf</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Takes back the last landmark.</source>
        <translation>Nimmt den letzten Messpunkt zurück.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Takes back every landmark on this photo.</source>
        <translation>Nimmt alle Messpunkte auf diesem Foto zurück.</translation>
    </message>
    <message>
        <source>Open another photo…</source>
        <translation>Anderes Foto öffnen…</translation>
    </message>
    <message>
        <source>Show the setup</source>
        <translation>Aufbau zeigen</translation>
    </message>
    <message>
        <source>Use this angle</source>
        <translation>Diesen Winkel übernehmen</translation>
    </message>
    <message>
        <source>Open a photo of the test</source>
        <translation>Foto des Tests öffnen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Take the photo with this computer&apos;s camera: its self-timer gives you %n seconds to lie down in position. Or take it with a phone or another camera (a helper or a self-timer), copy it to this computer and open it here. Only the landmarks and the angle are kept, not the photo, unless you chose to keep photos in Settings.</source>
        <translation>
            <numerusform>Machen Sie das Foto mit der Kamera dieses Computers: Ihr Selbstauslöser gibt Ihnen %n Sekunde, um sich in Position zu legen. Oder machen Sie es mit einem Handy oder einer anderen Kamera (mit einer Hilfsperson oder einem Selbstauslöser), kopieren Sie es auf diesen Computer und öffnen Sie es hier. Gespeichert werden nur die Messpunkte und der Winkel, nicht das Foto, außer Sie haben in den Einstellungen gewählt, Fotos zu behalten.</numerusform>
            <numerusform>Machen Sie das Foto mit der Kamera dieses Computers: Ihr Selbstauslöser gibt Ihnen %n Sekunden, um sich in Position zu legen. Oder machen Sie es mit einem Handy oder einer anderen Kamera (mit einer Hilfsperson oder einem Selbstauslöser), kopieren Sie es auf diesen Computer und öffnen Sie es hier. Gespeichert werden nur die Messpunkte und der Winkel, nicht das Foto, außer Sie haben in den Einstellungen gewählt, Fotos zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a photo with the camera…</source>
        <translation>Foto mit der Kamera machen…</translation>
    </message>
    <message>
        <source>Shows the camera&apos;s picture, then takes the photo with a self-timer.</source>
        <translation>Zeigt das Bild der Kamera und macht dann das Foto mit Selbstauslöser.</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Takes a new photo with the camera.</source>
        <translation>Macht ein neues Foto mit der Kamera.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureModel</name>
    <message>
        <source>%1°</source>
        <extracomment>An angle in degrees, one decimal: &quot;93.4°&quot;.</extracomment>
        <translation>%1°</translation>
    </message>
    <message>
        <source>This file cannot be read as a photo. Open a JPEG or PNG photo.</source>
        <translation>Diese Datei lässt sich nicht als Foto lesen. Öffnen Sie ein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
        <source>Open a photo of the test position to place the landmarks.</source>
        <translation>Öffnen Sie ein Foto der Testhaltung, um die Messpunkte zu setzen.</translation>
    </message>
    <message>
        <source>Landmark %1 of %2: %3.</source>
        <extracomment>Which landmark to tap or place next: &quot;Landmark 2 of 4: the bony point on the outside of the hip.&quot;</extracomment>
        <translation>Messpunkt %1 von %2: %3.</translation>
    </message>
    <message>
        <source>Angle: %1. Drag a landmark to adjust it, or press Backspace to undo the last one.</source>
        <extracomment>Every landmark is placed: the angle, then what can be done.</extracomment>
        <translation>Winkel: %1. Ziehen Sie einen Messpunkt, um ihn zu verschieben, oder nehmen Sie den letzten mit der Rücktaste zurück.</translation>
    </message>
    <message>
        <source>Two landmarks lie on the same spot, so no angle can be measured. Press Backspace and place them again.</source>
        <translation>Zwei Messpunkte liegen an derselben Stelle, daher lässt sich kein Winkel messen. Drücken Sie die Rücktaste und setzen Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasurePhotos</name>
    <message>
        <source>The photos could not be kept: the folder %1 cannot be made.</source>
        <translation>Die Fotos konnten nicht aufbewahrt werden: Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>A photo could not be kept: %1</source>
        <translation>Ein Foto konnte nicht aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MinutesPage</name>
    <message>
        <source>Time for today (optional)</source>
        <translation>Zeit für heute (freiwillig)</translation>
    </message>
    <message>
        <source>If you are short of time, say how many minutes you have. The plan keeps the most important steps and saves the rest for next time.</source>
        <translation>Wenn Sie wenig Zeit haben, geben Sie an, wie viele Minuten Sie haben. Der Plan behält die wichtigsten Schritte und hebt den Rest für das nächste Mal auf.</translation>
    </message>
    <message>
        <source>Limit today&apos;s releases to</source>
        <translation>Das Lockern heute begrenzen auf</translation>
    </message>
    <message>
        <source>Tick to set a time limit. The plan keeps the most important steps.</source>
        <translation>Ankreuzen, um eine Zeitgrenze zu setzen. Der Plan behält die wichtigsten Schritte.</translation>
    </message>
    <message>
        <source> minutes</source>
        <extracomment>The unit after the number in the minutes box, with its leading space.</extracomment>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Minutes for today</source>
        <translation>Minuten für heute</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes.</source>
        <translation>Von %1 bis %2 Minuten.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Page</name>
    <message>
        <source>The page. If it is taller than the window, the arrow keys scroll it.</source>
        <translation>Die Seite. Ist sie höher als das Fenster, blättern die Pfeiltasten sie.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PainPage</name>
    <message>
        <source>Your back pain right now</source>
        <translation>Ihre Rückenschmerzen jetzt</translation>
    </message>
    <message>
        <source>How much does your back hurt at this moment, from 0 (no pain) to 10 (the worst pain you can imagine)?</source>
        <translation>Wie stark schmerzt Ihr Rücken in diesem Moment, von 0 (kein Schmerz) bis 10 (der schlimmste Schmerz, den Sie sich vorstellen können)?</translation>
    </message>
    <message>
        <source>PAIN NOW</source>
        <translation>SCHMERZ JETZT</translation>
    </message>
    <message>
        <source>Back pain now, 0 none to 10 extreme</source>
        <translation>Rückenschmerzen jetzt, 0 keine bis 10 extrem</translation>
    </message>
    <message>
        <source>My back flared up in the last few days (a sudden, stronger bout of pain)</source>
        <translatorcomment>flare-up = akuter Schub, überall gleich.</translatorcomment>
        <translation>Mein Rücken hatte in den letzten Tagen einen akuten Schub (plötzlich stärkere Schmerzen)</translation>
    </message>
    <message>
        <source>Tick for yes. The plan then uses gentler pressure and shorter holds.</source>
        <translation>Ankreuzen für Ja. Der Plan arbeitet dann mit sanfterem Druck und kürzeren Haltezeiten.</translation>
    </message>
    <message>
        <source>During a flare-up the plan still works only on the legs, with gentler pressure and shorter holds. The hips and back are left alone on purpose.</source>
        <translation>Während eines akuten Schubs arbeitet der Plan weiter nur an den Beinen, mit sanfterem Druck und kürzeren Haltezeiten. Becken und Rücken bleiben mit Absicht unberührt.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PlanPage</name>
    <message>
        <source>Your plan for today</source>
        <translation>Ihr Plan für heute</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>step title, hold</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing to release today</source>
        <translation>Heute nichts zu lockern</translation>
    </message>
    <message>
        <source>Balanced (no release needed)</source>
        <translation>Ausgeglichen (kein Lockern nötig)</translation>
    </message>
    <message>
        <source>%1: the two sides differ by less than %2.</source>
        <translation>%1: Die beiden Seiten unterscheiden sich um weniger als %2.</translation>
    </message>
    <message>
        <source>Next time (did not fit today&apos;s minutes)</source>
        <translation>Nächstes Mal (passte heute nicht in die Minuten)</translation>
    </message>
    <message>
        <source>Step %1 body map: %2</source>
        <translation>Körperkarte für Schritt %1: %2</translation>
    </message>
    <message>
        <source>Never worked on</source>
        <translation>Nie bearbeitet</translation>
    </message>
    <message>
        <source>Body map of the never-regions</source>
        <translation>Körperkarte der Bereiche, die nie bearbeitet werden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show the &amp;rules behind this plan</source>
        <translation>&amp;Regeln hinter diesem Plan zeigen</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s routine...</source>
        <translation>Heutige Routine &amp;drucken...</translation>
    </message>
    <message>
        <source>Print today&apos;s routine</source>
        <translation>Heutige Routine drucken</translation>
    </message>
    <message>
        <source>Saves a one-page PDF of today&apos;s steps, holds and how to do them, to print for the floor.</source>
        <translation>Speichert ein einseitiges PDF mit den heutigen Schritten, Haltezeiten und Anleitungen, zum Ausdrucken für die Übungen am Boden.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Routine nicht gespeichert</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <source>Today&apos;s routine is saved as %1, ready to print.</source>
        <translation>Die heutige Routine ist als %1 gespeichert und kann gedruckt werden.</translation>
    </message>
    <message>
        <source>Adds the method&apos;s rules for each step, each in plain words, and why each place is never worked on.</source>
        <translation>Ergänzt für jeden Schritt die Regeln der Methode in einfachen Worten und warum jede Stelle nie bearbeitet wird.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a hold in seconds; s is the SI symbol</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a hold in whole minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>a hold in minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>One card per step in order, with the side, the hold and your ratings, then what is balanced and what is never worked on. Page Up and Page Down scroll.</source>
        <translation>Eine Karte pro Schritt der Reihe nach, mit der Seite, dem Halten und Ihren Bewertungen, dann was ausgeglichen ist und woran nie gearbeitet wird. Bild auf und Bild ab blättern.</translation>
    </message>
    <message>
        <source>About %1 min in all: %2 of holds and a %3 lead-in before each.</source>
        <translation>Insgesamt etwa %1 min: %2 Halten und vor jedem Halten %3 Vorlauf.</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <comment>step number, side and group, hold</comment>
        <translation>Schritt %1: %2, %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, group</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>Hold for %1, gently: discomfort no more than %2 out of 10.</source>
        <translation>%1 halten, sanft: Unbehagen höchstens %2 von 10.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>%1 halten.</translation>
    </message>
    <message>
        <source>You rated left %1, right %2: a gap of %3.</source>
        <translation>Ihre Bewertung: links %1, rechts %2, ein Unterschied von %3.</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Warum dieser Schritt</translation>
    </message>
    <message>
        <source>Shows or hides why step %1 is in the plan. Space opens and closes it.</source>
        <translation>Zeigt oder verbirgt, warum Schritt %1 im Plan steht. Die Leertaste öffnet und schließt es.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place never worked on: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why they are left alone</source>
        <translation>Warum sie ausgelassen werden</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Player</name>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PlayerPage</name>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on.</source>
        <translation>Drücken Sie die Leertaste oder Fortsetzen, um weiterzumachen.</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>Going on where you paused.</source>
        <translation>Es geht dort weiter, wo Sie pausiert haben.</translation>
    </message>
    <message>
        <source>Get into position. The hold starts when this reaches 0.</source>
        <translation>Gehen Sie in Position. Die Haltezeit beginnt, wenn dies 0 erreicht.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>Rest. The next step starts soon.</source>
        <translation>Ruhen Sie sich aus. Der nächste Schritt beginnt bald.</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>Stopped: pain was rising</source>
        <translation>Abgebrochen: Der Schmerz wurde stärker</translation>
    </message>
    <message>
        <source>Ease off and lie still for a minute. Rising pain means stop, not push through.

If the pain settles, you may go on with the next step using lighter pressure. If it stays, or you feel tingling, numbness or pain running down the leg, stop for today and check the pain again later. This step is saved as stopped for pain.</source>
        <translation>Lassen Sie locker und liegen Sie eine Minute still. Stärker werdender Schmerz heißt aufhören, nicht durchhalten.

Wenn der Schmerz nachlässt, können Sie mit dem nächsten Schritt und leichterem Druck weitermachen. Wenn er bleibt oder Sie Kribbeln, Taubheit oder Schmerz spüren, der ins Bein zieht, hören Sie für heute auf und prüfen Sie den Schmerz später noch einmal. Dieser Schritt wird als wegen Schmerz abgebrochen gespeichert.</translation>
    </message>
    <message>
        <source>Go on with the &amp;next step</source>
        <translation>Mit dem &amp;nächsten Schritt weitermachen</translation>
    </message>
    <message>
        <source>&amp;Finish and check both sides</source>
        <translation>&amp;Beenden und beide Seiten prüfen</translation>
    </message>
    <message>
        <source>Back (Left arrow)</source>
        <translation>Zurück (Pfeil links)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Skip (Right arrow)</source>
        <translation>Überspringen (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Pain is rising: stop (P)</source>
        <translation>Schmerz wird stärker: aufhören (P)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Verlassen (Esc)</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translatorcomment>Player = Übungsansicht (kein Anglizismus).</translatorcomment>
        <translation>Übungsansicht</translation>
    </message>
    <message>
        <source>Keys: Space pauses or resumes, Left arrow goes back a step, Right arrow skips, P stops for pain, Esc leaves, Page Up and Page Down scroll the steps.</source>
        <translation>Tasten: Leertaste pausiert oder setzt fort, Pfeil links geht einen Schritt zurück, Pfeil rechts überspringt, P bricht wegen Schmerz ab, Esc verlässt, Bild auf und Bild ab blättern durch die Schritte.</translation>
    </message>
    <message>
        <source>Only if the pain has settled. Use lighter pressure.</source>
        <translation>Nur wenn der Schmerz nachgelassen hat. Drücken Sie leichter.</translation>
    </message>
    <message>
        <source>Ends the routine now. Then you rate both sides again.</source>
        <translation>Beendet die Routine jetzt. Danach bewerten Sie beide Seiten noch einmal.</translation>
    </message>
    <message>
        <source>Leave the routine?</source>
        <translation>Routine verlassen?</translation>
    </message>
    <message>
        <source>What you have done so far is kept. You will go on to check both sides of what you released.</source>
        <translation>Was Sie bisher gemacht haben, bleibt erhalten. Danach prüfen Sie beide Seiten dessen, was Sie gelockert haben.</translation>
    </message>
    <message>
        <source>Leave and check both sides</source>
        <translation>Verlassen und beide Seiten prüfen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Seite: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep off:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht darauf:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Picture of the %1 coming soon.</source>
        <translation>Ein Bild für %1 folgt bald.</translation>
    </message>
    <message>
        <source>Picture: %1, %2 side</source>
        <translation>Bild: %1, Seite %2</translation>
    </message>
    <message>
        <source>A drawing of the %1 on the %2 side.</source>
        <translation>Eine Zeichnung von „%1“ auf der Seite %2.</translation>
    </message>
    <message>
        <source>Lit with a thick outline: %1 %2. %3</source>
        <translation>Mit dicker Umrandung hervorgehoben: %2 %1. %3</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation>noch %1 Sekunden</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>technique (equipment), duration: &quot;Quadriceps roll (foam roller), 90 s&quot;</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Discomfort: %1 out of 10 or less.</source>
        <translation>Unbehagen: %1 von 10 oder weniger.</translation>
    </message>
    <message>
        <source>Slow passes. Keep the discomfort at %1 out of 10 or less.</source>
        <translation>Langsame Durchgänge. Halten Sie das Unbehagen bei %1 von 10 oder darunter.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Timer: the side, the phase and the seconds left</source>
        <translation>Timer: die Seite, die Phase und die verbleibenden Sekunden</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Goes back to the step before.</source>
        <translation>Geht zum vorherigen Schritt zurück.</translation>
    </message>
    <message>
        <source>Pauses the step, or resumes it where it paused after a short count.</source>
        <translation>Pausiert den Schritt oder setzt ihn nach einem kurzen Countdown dort fort, wo er pausiert wurde.</translation>
    </message>
    <message>
        <source>Skips this step; it is logged as skipped.</source>
        <translation>Überspringt diesen Schritt; er wird als übersprungen erfasst.</translation>
    </message>
    <message>
        <source>Stops this step at once and says what to do next. It is logged as stopped for pain.</source>
        <translation>Bricht diesen Schritt sofort ab und sagt, was als Nächstes zu tun ist. Er wird als wegen Schmerz abgebrochen erfasst.</translation>
    </message>
    <message>
        <source>Asks first, then ends the routine. What you did is kept.</source>
        <translation>Fragt zuerst und beendet dann die Routine. Was Sie gemacht haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Voice: starting</source>
        <translation>Stimme: startet</translation>
    </message>
    <message>
        <source>What to keep off</source>
        <translation>Wovon Sie fernbleiben</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingBars</name>
    <message>
        <source>%1: your ratings before and after</source>
        <translation>%1: Ihre Bewertungen vorher und nachher</translation>
    </message>
    <message>
        <source>Before the routine: left %1, right %2. After it: left %3, right %4. Out of 10.</source>
        <translation>Vor der Routine: links %1, rechts %2. Danach: links %3, rechts %4. Von 10.</translation>
    </message>
    <message>
        <source>After the routine: left %1, right %2. Out of 10.</source>
        <translation>Nach der Routine: links %1, rechts %2. Von 10.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingInput</name>
    <message>
        <source>0 none</source>
        <translation>0 keine</translation>
    </message>
    <message>
        <source>10 extreme</source>
        <translation>10 extrem</translation>
    </message>
    <message>
        <source>0 means none, 10 means extreme. A digit key sets it, End gives 10.</source>
        <translation>0 bedeutet keine, 10 bedeutet extrem. Eine Zifferntaste setzt den Wert, Ende gibt 10.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Not answered yet. %1</source>
        <translation>Noch nicht beantwortet. %1</translation>
    </message>
    <message>
        <source>0 out of 10 (none)</source>
        <translation>0 von 10 (keine)</translation>
    </message>
    <message>
        <source>10 out of 10 (extreme)</source>
        <translation>10 von 10 (extrem)</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingPair</name>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>Rate both sides to see the gap.</source>
        <translation>Bewerten Sie beide Seiten, um den Unterschied zu sehen.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RecheckPage</name>
    <message>
        <source>Check both sides again</source>
        <translation>Beide Seiten noch einmal prüfen</translation>
    </message>
    <message>
        <source>PAIN NOW</source>
        <translation>SCHMERZ JETZT</translation>
    </message>
    <message>
        <source>Back pain after the routine, 0 none to 10 extreme</source>
        <translation>Rückenschmerzen nach der Routine, 0 keine bis 10 extrem</translation>
    </message>
    <message>
        <source>How much does your back hurt now?</source>
        <translation>Wie stark schmerzt Ihr Rücken jetzt?</translation>
    </message>
    <message>
        <source>Notes (optional, stay on this computer):</source>
        <translation>Notizen (freiwillig, bleiben auf diesem Computer):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Optional. Your notes stay on this computer. Tab moves on.</source>
        <translation>Freiwillig. Ihre Notizen bleiben auf diesem Computer. Die Tabulatortaste geht weiter.</translation>
    </message>
    <message>
        <source>Nothing was released today, so there is nothing to check again.</source>
        <translation>Heute wurde nichts gelockert, also gibt es nichts neu zu prüfen.</translation>
    </message>
    <message>
        <source>%1 tightness after</source>
        <translation>Spannung danach: %1</translation>
    </message>
    <message>
        <source>Before: left %1, right %2.</source>
        <translation>Vorher: links %1, rechts %2.</translation>
    </message>
    <message>
        <source>Do the same self-tests as before on both sides of each group you released, and rate them again. Your first answers are shown above each pair.</source>
        <translation>Machen Sie für jede gelockerte Gruppe dieselben Selbsttests wie vorher auf beiden Seiten und bewerten Sie sie neu. Ihre ersten Antworten stehen über jedem Paar.</translation>
    </message>
    <message>
        <source>Before the routine: %1 out of 10.</source>
        <translation>Vor der Routine: %1 von 10.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Measured before: left %1, right %2. Measure again from a photo, set up the same way (optional).</source>
        <extracomment>The angles measured before the routine: &quot;Measured before: left 123.4°, right not measured.&quot;</extracomment>
        <translation>Vorher gemessen: links %1, rechts %2. Messen Sie noch einmal auf einem Foto, genauso aufgebaut (freiwillig).</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ReminderSettingsBox</name>
    <message>
        <source>Remind me when my next check is due</source>
        <translation>Erinnern, wenn mein nächster Test fällig ist</translation>
    </message>
    <message>
        <source>Shows a desktop notification when your next check is due: at login, and at the time below while Tightside is open. It never names a group, a side or pain.</source>
        <translation>Zeigt eine Desktop-Benachrichtigung, wenn Ihr nächster Test fällig ist: bei der Anmeldung und, solange Tightside offen ist, zur Uhrzeit darunter. Sie nennt nie eine Gruppe, eine Seite oder Schmerzen.</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>Reminder time of day</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>The time of day the open window reminds you, when a check is due.</source>
        <translation>Die Uhrzeit, zu der das offene Fenster Sie erinnert, wenn ein Test fällig ist.</translation>
    </message>
    <message>
        <source>The reminder setting could not be saved: %1</source>
        <translation>Die Erinnerungseinstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Tightside starts at login to check whether a check is due. Untick the box to turn reminders off.</source>
        <translation>Tightside startet bei der Anmeldung und prüft, ob ein Test fällig ist. Entfernen Sie das Häkchen, um die Erinnerungen auszuschalten.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ScreeningPage</name>
    <message>
        <source>First, a few safety questions</source>
        <translation>Zuerst ein paar Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Things that change how you release</source>
        <translation>Was ändert, wie Sie lockern</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Tick anything that is true for you now. Some answers mean a doctor should see you before any release; the app will say so. Next is there once you have been through the whole list.</source>
        <translation>Kreuzen Sie alles an, was jetzt auf Sie zutrifft. Bei manchen Antworten sollte Sie eine Ärztin oder ein Arzt sehen, bevor Sie etwas lockern; die App sagt es Ihnen dann. Weiter wird verfügbar, sobald Sie die ganze Liste durchgegangen sind.</translation>
    </message>
    <message>
        <source>Tick anything that applies. The plan will use lighter pressure, shorter holds or leave a place out, and say why.</source>
        <translation>Kreuzen Sie alles an, was zutrifft. Der Plan nimmt dann leichteren Druck, kürzere Haltezeiten oder lässt eine Stelle aus, und sagt, warum.</translation>
    </message>
    <message>
        <source>Tick for yes. Leave empty for no.</source>
        <translation>Ankreuzen für Ja. Leer lassen für Nein.</translation>
    </message>
    <message>
        <source>Needs a doctor today</source>
        <translation>Braucht heute ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Needs a doctor soon</source>
        <translation>Braucht bald ärztliche Hilfe</translation>
    </message>
    <message>
        <source>N&amp;one of these is true for me</source>
        <translation>&amp;Nichts davon trifft auf mich zu</translation>
    </message>
    <message>
        <source>Tick when no question above is true for you now. Ticking a question clears it.</source>
        <translation>Ankreuzen, wenn jetzt keine der Fragen oben auf Sie zutrifft. Kreuzen Sie eine Frage an, wird dieses Kreuz entfernt.</translation>
    </message>
    <message>
        <source>Go through the whole list first: scroll or Tab to its end, or tick &quot;None of these is true for me&quot;.</source>
        <translation>Gehen Sie zuerst die ganze Liste durch: Blättern Sie oder gehen Sie mit Tab bis zu ihrem Ende, oder kreuzen Sie „Nichts davon trifft auf mich zu“ an.</translation>
    </message>
    <message>
        <source>Last time you ticked the ones below. Are they still true? Untick any that no longer applies.</source>
        <translation>Diese haben Sie beim letzten Mal angekreuzt. Trifft das noch zu? Entfernen Sie das Häkchen bei allem, was nicht mehr zutrifft.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SeekCarePage</name>
    <message>
        <source>Cl&amp;ose this check</source>
        <translation>Diesen Test &amp;beenden</translation>
    </message>
    <message>
        <source>Ends this check. No routine is given.</source>
        <translation>Beendet diesen Test. Es gibt keine Routine.</translation>
    </message>
    <message>
        <source>Please get medical help today</source>
        <translation>Holen Sie sich heute ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Please see a doctor soon</source>
        <translation>Gehen Sie bald zu einer Ärztin oder einem Arzt</translation>
    </message>
    <message>
        <source>Your answers (take this list with you):</source>
        <translation>Ihre Antworten (nehmen Sie diese Liste mit):</translation>
    </message>
    <message>
        <source>%1 Yes.</source>
        <translation>%1 Ja.</translation>
    </message>
    <message>
        <source>If you ticked a box by mistake, go back and change it.</source>
        <translation>Wenn Sie versehentlich etwas angekreuzt haben, gehen Sie zurück und ändern Sie es.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Text kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copies this page&apos;s words and your answers, to paste into a message or a note.</source>
        <translation>Kopiert den Text dieser Seite und Ihre Antworten, um sie in eine Nachricht oder Notiz einzufügen.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF to print...</source>
        <translation>Als P&amp;DF zum Drucken speichern...</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file you can print and take to a doctor.</source>
        <translation>Speichert diese Seite als PDF-Datei, die Sie drucken und zum Arzt mitnehmen können.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Save this page as PDF</source>
        <translation>Diese Seite als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SettingsPage</name>
    <message>
        <source>Ch&amp;oose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Opens a folder picker. The history is then read from the new folder.</source>
        <translation>Öffnet eine Ordnerauswahl. Der Verlauf wird dann aus dem neuen Ordner gelesen.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Hinweise ansagen</translation>
    </message>
    <message>
        <source>Tick to hear the routine&apos;s cues. They are always shown on screen too.</source>
        <translation>Ankreuzen, um die Hinweise der Routine zu hören. Sie werden immer auch auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Which installed voice speaks the cues. Default picks one for you.</source>
        <translation>Welche installierte Stimme die Hinweise spricht. Standard wählt eine für Sie.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Speech engine:</source>
        <translation>Sprachausgabe:</translation>
    </message>
    <message>
        <source>Default step length in seconds</source>
        <translation>Standard-Schrittlänge in Sekunden</translation>
    </message>
    <message>
        <source>How long each release lasts, within the protocol&apos;s range. Gentler holds for a precaution or a flare-up are never made longer.</source>
        <translation>Wie lange jedes Lockern dauert, im Rahmen des Protokolls. Sanftere Haltezeiten wegen einer Vorsichtsmaßnahme oder eines akuten Schubs werden nie verlängert.</translation>
    </message>
    <message>
        <source>Default step length:</source>
        <translation>Standard-Schrittlänge:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Load a protocol file...</source>
        <translation>Protokoll&amp;datei laden...</translation>
    </message>
    <message>
        <source>Opens a protocol file. It is checked first; every problem is listed.</source>
        <translation>Öffnet eine Protokolldatei. Sie wird zuerst geprüft; jedes Problem wird aufgelistet.</translation>
    </message>
    <message>
        <source>Use the &amp;built-in protocol</source>
        <translation>&amp;Eingebautes Protokoll verwenden</translation>
    </message>
    <message>
        <source>Goes back to the protocol that comes with Tightside.</source>
        <translation>Kehrt zum Protokoll zurück, das mit Tightside kommt.</translation>
    </message>
    <message>
        <source>Problems found in the protocol file</source>
        <translation>Probleme in der Protokolldatei</translation>
    </message>
    <message>
        <source>One problem a line, with where it is in the file.</source>
        <translation>Ein Problem pro Zeile, mit seiner Stelle in der Datei.</translation>
    </message>
    <message>
        <source>Problems in a loaded protocol file show here.</source>
        <translation>Probleme einer geladenen Protokolldatei erscheinen hier.</translation>
    </message>
    <message>
        <source>Load a protocol</source>
        <translation>Protokoll laden</translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation>Protokolle (*.json)</translation>
    </message>
    <message>
        <source>The voice starts with the routine. If it cannot play, cues are shown on screen.</source>
        <translation>Die Stimme beginnt mit der Routine. Wenn sie nicht wiedergegeben werden kann, erscheinen die Hinweise auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <translation>Stimme an.</translation>
    </message>
    <message>
        <source>This protocol was not loaded. Fix these problems and load it again; the protocol in use stays as it was.</source>
        <translation>Dieses Protokoll wurde nicht geladen. Beheben Sie diese Probleme und laden Sie es erneut; das verwendete Protokoll bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Loaded %1: no problems found.</source>
        <translation>%1 geladen: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Tightside. It applies the next time you start Tightside.</source>
        <translation>Die Sprache von Tightside. Sie gilt ab dem nächsten Start von Tightside.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>Each language is named in itself, so that a person who cannot read the current one still finds theirs: keep &quot;Deutsch&quot;, &quot;English&quot;, &quot;Español&quot; and &quot;Français&quot; as they are.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time you start Tightside.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tightside.</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <source>Where your sessions are kept on this computer. To change it, use Choose.</source>
        <translation>Wo Ihre Einheiten auf diesem Computer gespeichert werden. Zum Ändern nutzen Sie Auswählen.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>In use: %1, version %2 (built in)</source>
        <translation>In Gebrauch: %1, Version %2 (eingebaut)</translation>
    </message>
    <message>
        <source>In use: %1, version %2, from %3</source>
        <translation>In Gebrauch: %1, Version %2, aus %3</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>Loo&amp;k:</source>
        <translation>Aus&amp;sehen:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s own. High contrast is black and white.</source>
        <translation>Helle oder dunkle Farben, oder die des Desktops. Hoher Kontrast ist Schwarz und Weiß.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Schri&amp;ftgröße:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Makes every text in Tightside larger.</source>
        <translation>Macht alle Texte in Tightside größer.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Keep the photos I measure on</source>
        <translation>Fotos aufbewahren, auf denen ich messe</translation>
    </message>
    <message>
        <source>Off: only the landmarks and the angles are kept. On: the photos are kept too, readable only by you, in the data folder&apos;s photos folder; they are never exported.</source>
        <translation>Aus: Nur die Messpunkte und Winkel werden gespeichert. Ein: Auch die Fotos werden aufbewahrt, nur für Sie lesbar, im Ordner photos des Datenordners; sie werden nie exportiert.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Voice and sound</source>
        <translation>Stimme und Ton</translation>
    </message>
    <message>
        <source>Routine and reminders</source>
        <translation>Routine und Erinnerungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SetupDrawing</name>
    <message>
        <source>The camera stands at the side of the tested leg, level with the hip and knee, pointing straight at the leg.</source>
        <translation>Die Kamera steht seitlich am getesteten Bein, auf Höhe von Hüfte und Knie, und zeigt gerade auf das Bein.</translation>
    </message>
    <message>
        <source>The camera stands behind you, level with the hip, pointing straight at your back and the top leg.</source>
        <translation>Die Kamera steht hinter Ihnen, auf Hüfthöhe, und zeigt gerade auf Ihren Rücken und das obere Bein.</translation>
    </message>
    <message>
        <source>The camera looks straight down from above (a helper holds it, or it is fixed high up), with both hips and the knee in the frame.</source>
        <translation>Die Kamera blickt von oben senkrecht nach unten (eine Hilfsperson hält sie, oder sie ist hoch befestigt); beide Hüften und das Knie sind im Bild.</translation>
    </message>
    <message>
        <source>Drawing: where the camera stands and where the landmarks are</source>
        <translation>Zeichnung: wo die Kamera steht und wo die Messpunkte liegen</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SoundSettings</name>
    <message>
        <source>Play &amp;sounds</source>
        <translation>&amp;Töne abspielen</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <source>Ticks while you get ready and in the last five seconds of a hold, and a chime when a hold ends. The screen flashes and shows every cue as well.</source>
        <translation>Ticken, während Sie sich bereit machen und in den letzten fünf Sekunden einer Haltezeit, und ein Klang, wenn eine Haltezeit endet. Der Bildschirm blinkt auf und zeigt jeden Hinweis ebenfalls.</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the ticks and the end chime are, from 0 to 100 percent.</source>
        <translation>Wie laut das Ticken und der Schlussklang sind, von 0 bis 100 Prozent.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Sound is unavailable: %1</source>
        <translation>Ton nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Sound on, at %1 %.</source>
        <translation>Ton an, bei %1 %.</translation>
    </message>
    <message>
        <source>Sound off: the screen flashes and shows every cue.</source>
        <translation>Ton aus: Der Bildschirm blinkt auf und zeigt jeden Hinweis.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Speech</name>
    <message>
        <source>Voice is off (Settings). Cues are shown on screen.</source>
        <translation>Die Stimme ist aus (Einstellungen). Die Hinweise werden auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>No speech engine is installed. Cues are shown on screen.</source>
        <translation>Keine Sprachausgabe installiert. Die Hinweise werden auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>The voice cannot play (often: no audio device). Cues are shown on screen.</source>
        <translation>Die Stimme kann nicht wiedergegeben werden (oft: kein Audiogerät). Die Hinweise werden auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>This build has no voice. Cues are shown on screen.</source>
        <translation>Diese Version hat keine Stimme. Die Hinweise werden auf dem Bildschirm gezeigt.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SummaryPage</name>
    <message>
        <source>Saved: your gap, before and after</source>
        <translation>Gespeichert: Ihr Unterschied, vorher und nachher</translation>
    </message>
    <message>
        <source>&amp;See your history</source>
        <translation>Ihren &amp;Verlauf ansehen</translation>
    </message>
    <message>
        <source>Shows all your sessions and how the gap changes over time.</source>
        <translation>Zeigt alle Ihre Einheiten und wie sich der Unterschied mit der Zeit ändert.</translation>
    </message>
    <message>
        <source>Steps: %1 completed, %2 skipped, %3 stopped for pain.</source>
        <translation>Schritte: %1 erledigt, %2 übersprungen, %3 wegen Schmerz abgebrochen.</translation>
    </message>
    <message>
        <source>Add the next check to your ca&amp;lendar...</source>
        <translation>Nächsten Test in den &amp;Kalender eintragen...</translation>
    </message>
    <message>
        <source>Add the next check to your calendar</source>
        <translation>Nächsten Test in den Kalender eintragen</translation>
    </message>
    <message>
        <source>Saves a calendar file (.ics) for the day of your next check, for any calendar app.</source>
        <translation>Speichert eine Kalenderdatei (.ics) für den Tag Ihres nächsten Tests, für jede Kalender-App.</translation>
    </message>
    <message>
        <source>There is no session to plan the next check from.</source>
        <translation>Es gibt keine Einheit, von der aus sich der nächste Test planen lässt.</translation>
    </message>
    <message>
        <source>Tightside: check both legs again</source>
        <translation>Tightside: beide Beine noch einmal prüfen</translation>
    </message>
    <message>
        <source>Rate both sides of each leg group again and compare with last time.</source>
        <translation>Bewerten Sie beide Seiten jeder Muskelgruppe der Beine noch einmal und vergleichen Sie mit dem letzten Mal.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Kalenderdatei nicht gespeichert</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after (out of 10): %3.</source>
        <translation>Rückenschmerzen: %1 vorher, %2 nachher (von 10): %3.</translation>
    </message>
    <message>
        <source>Back pain: %1 before (out of 10).</source>
        <translation>Rückenschmerzen: %1 vorher (von 10).</translation>
    </message>
    <message>
        <source>Not released today, only re-checked: the gap was %1 and is %2 now.</source>
        <translation>Heute nicht gelockert, nur erneut geprüft: Der Unterschied war %1 und ist jetzt %2.</translation>
    </message>
    <message>
        <source>Not released today, only re-checked: the gap is %1 now.</source>
        <translation>Heute nicht gelockert, nur erneut geprüft: Der Unterschied ist jetzt %1.</translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more. These are your own ratings; they do not say what caused a change.</source>
        <translation>Eine Veränderung zählt erst ab %1 Punkten. Das sind Ihre eigenen Bewertungen; sie sagen nicht, was eine Veränderung bewirkt hat.</translation>
    </message>
    <message>
        <source>Your gap, before and after</source>
        <translation>Ihr Unterschied, vorher und nachher</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll.</source>
        <translation>Bild auf und Bild ab blättern.</translation>
    </message>
    <message>
        <source>Check again in %1 to %2 days, on %3 or the day after. A typical course takes one to six sessions.</source>
        <translation>Testen Sie in %1 bis %2 Tagen erneut, am %3 oder am Tag danach. Ein typischer Verlauf umfasst eine bis sechs Einheiten.</translation>
    </message>
    <message>
        <source>Measured from your photos today:</source>
        <translation>Heute aus Ihren Fotos gemessen:</translation>
    </message>
    <message>
        <source>Released today</source>
        <translation>Heute gelockert</translation>
    </message>
    <message>
        <source>The gap went from %1 to %2.</source>
        <translation>Der Unterschied ging von %1 auf %2.</translation>
    </message>
    <message>
        <source>The gap is %1 now.</source>
        <translation>Der Unterschied ist jetzt %1.</translation>
    </message>
    <message>
        <source>Pain, steps and the next check</source>
        <translation>Schmerz, Schritte und der nächste Test</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Texts</name>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>Both sides feel the same: balanced.</source>
        <translation>Beide Seiten fühlen sich gleich an: ausgeglichen.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>%1 is tighter by %2</source>
        <translation>%1 ist um %2 verspannter</translation>
    </message>
    <message>
        <source> (less than %1, so this counts as balanced).</source>
        <translation> (weniger als %1, das gilt also als ausgeglichen).</translation>
    </message>
    <message>
        <source>: a real difference.</source>
        <translation>: ein echter Unterschied.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1, %2 seconds. Get ready.</source>
        <translation>%1, %2 Sekunden. Machen Sie sich bereit.</translation>
    </message>
    <message>
        <source>Going on in 3 seconds.</source>
        <translation>Weiter in 3 Sekunden.</translation>
    </message>
    <message>
        <source>Start now.</source>
        <translation>Jetzt beginnen.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Done. Next: %1.</source>
        <translation>Fertig. Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Stopped. Ease off and rest.</source>
        <translation>Abgebrochen. Lassen Sie locker und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>All done. Now check both sides again.</source>
        <translation>Alles erledigt. Prüfen Sie jetzt beide Seiten noch einmal.</translation>
    </message>
    <message>
        <source>left</source>
        <extracomment>the person&apos;s side, inside a sentence: &quot;Picture: Quadriceps roll, left side&quot;</extracomment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerz abgebrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds; &quot;s&quot; is the SI symbol</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day (4 Dec 2026), then a time of day (10:30)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side, one letter</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side, one letter</comment>
        <translation>R</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Tour</name>
    <message>
        <source>Voice off: cues are shown on screen.</source>
        <translation>Stimme aus: Die Hinweise werden auf dem Bildschirm gezeigt.</translation>
    </message>
</context>
<context>
    <name>tightside::report::Handout</name>
    <message>
        <source>Left %1, %2 s: %3</source>
        <translation>%1 links, %2 s: %3</translation>
    </message>
    <message>
        <source>Right %1, %2 s: %3</source>
        <translation>%1 rechts, %2 s: %3</translation>
    </message>
    <message>
        <source>Why: optional, offered because every leg group is balanced.</source>
        <translation>Warum: freiwillig, angeboten, weil jede Beingruppe ausgeglichen ist.</translation>
    </message>
    <message>
        <source>Why: the left felt tighter (%1 against %2, a gap of %3; a release starts at %4).</source>
        <translation>Warum: Die linke Seite fühlte sich verspannter an (%1 gegen %2, ein Unterschied von %3; gelockert wird ab %4).</translation>
    </message>
    <message>
        <source>Why: the right felt tighter (%1 against %2, a gap of %3; a release starts at %4).</source>
        <translation>Warum: Die rechte Seite fühlte sich verspannter an (%1 gegen %2, ein Unterschied von %3; gelockert wird ab %4).</translation>
    </message>
    <message>
        <source>Tightside: today&apos;s routine</source>
        <translation>Tightside: Ihre Routine für heute</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Keep the discomfort at %1 out of 10 or less.</source>
        <translation>Halten Sie das Unbehagen bei %1 von 10 oder darunter.</translation>
    </message>
    <message>
        <source>Gentle because of the flare-up: lighter pressure, a shorter hold.</source>
        <translation>Sanft wegen des akuten Schubs: leichterer Druck, kürzere Haltezeit.</translation>
    </message>
    <message>
        <source>Precaution: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>Keep off:</source>
        <translation>Nicht hierauf:</translation>
    </message>
    <message>
        <source>Release only the side each step names. If pain rises, ease off or stop. Never the low back or glutes. This is not medical advice.</source>
        <translation>Lockern Sie nur die Seite, die der Schritt nennt. Wenn der Schmerz stärker wird, verringern Sie den Druck oder hören Sie auf. Nie den unteren Rücken oder die Gesäßmuskeln. Dies ist keine medizinische Beratung.</translation>
    </message>
</context>
<context>
    <name>tightside::report::Pdf</name>
    <message>
        <source>The PDF could not be prepared in memory.</source>
        <translation>Das PDF konnte nicht im Speicher vorbereitet werden.</translation>
    </message>
    <message>
        <source>The PDF needs a QGuiApplication (fonts).</source>
        <translation>Das PDF braucht eine QGuiApplication (Schriften).</translation>
    </message>
    <message>
        <source>Tightside session report</source>
        <translation>Tightside: Bericht über die Einheiten</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern (QDateTime::toString): day, month name, full year, 24-hour clock</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern (QDate::toString): day, month name, full year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>left</source>
        <comment>a side of the body</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>a side of the body</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Tightside: self-check and release log</source>
        <translation>Tightside: Aufzeichnung der Selbsttests und des Lockerns</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s)</source>
        <translation>
            <numerusform>%1 bis %2: %n Einheit</numerusform>
            <numerusform>%1 bis %2: %n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s); checks stopped by a red flag: %3</source>
        <translation>
            <numerusform>%1 bis %2: %n Einheit; wegen eines Warnzeichens beendete Tests: %3</numerusform>
            <numerusform>%1 bis %2: %n Einheiten; wegen eines Warnzeichens beendete Tests: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions are stored yet.</source>
        <translation>Noch keine Einheiten gespeichert.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>protocol id and version</comment>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Tightside %1</source>
        <comment>the app&apos;s name and version</comment>
        <translation>Tightside %1</translation>
    </message>
    <message numerus="yes">
        <source>How to read the numbers: every rating is the person&apos;s own, 0 (none) to 10 (extreme). The gap is left minus right, from -10 to 10: above 0 the left felt tighter, below 0 the right. The app&apos;s screens show the same gap without its sign (0-10) and name the tighter side. A group whose sides differ by %n point(s) or more is released on its tighter side. A change counts as better or worse only at %1 points or more; a measured angle only at its test&apos;s smallest real change (MDC).</source>
        <translation>
            <numerusform>So lesen Sie die Zahlen: Jede Bewertung stammt von der Person selbst, 0 (keine) bis 10 (extrem). Der Unterschied ist links minus rechts, von -10 bis 10: über 0 fühlte sich die linke Seite verspannter an, unter 0 die rechte. Die Bildschirme der App zeigen denselben Unterschied ohne Vorzeichen (0-10) und nennen die verspanntere Seite. Bei einer Gruppe, deren Seiten sich um %n Punkt oder mehr unterscheiden, wird die verspanntere Seite gelockert. Eine Veränderung zählt erst ab %1 Punkten als besser oder schlechter; ein gemessener Winkel erst ab der kleinsten echten Veränderung seines Tests (MDC).</numerusform>
            <numerusform>So lesen Sie die Zahlen: Jede Bewertung stammt von der Person selbst, 0 (keine) bis 10 (extrem). Der Unterschied ist links minus rechts, von -10 bis 10: über 0 fühlte sich die linke Seite verspannter an, unter 0 die rechte. Die Bildschirme der App zeigen denselben Unterschied ohne Vorzeichen (0-10) und nennen die verspanntere Seite. Bei einer Gruppe, deren Seiten sich um %n Punkte oder mehr unterscheiden, wird die verspanntere Seite gelockert. Eine Veränderung zählt erst ab %1 Punkten als besser oder schlechter; ein gemessener Winkel erst ab der kleinsten echten Veränderung seines Tests (MDC).</numerusform>
        </translation>
    </message>
    <message>
        <source>Across sessions</source>
        <translation>Über die Einheiten</translation>
    </message>
    <message>
        <source>Dots joined by a line: at the start of each session. Squares: at the re-check after the routine. Shaded band: a gap too small to release (balanced); for an angle, a gap below the test&apos;s MDC.</source>
        <translation>Punkte mit Linie: zu Beginn jeder Einheit. Quadrate: beim erneuten Prüfen nach der Routine. Schattiertes Band: ein Unterschied, der zu klein zum Lockern ist (ausgeglichen); bei einem Winkel ein Unterschied unter der MDC des Tests.</translation>
    </message>
    <message>
        <source>Pain, 0-10</source>
        <translation>Schmerz, 0-10</translation>
    </message>
    <message>
        <source>%1: gap, left minus right</source>
        <comment>a group&apos;s name</comment>
        <translation>%1: Unterschied, links minus rechts</translation>
    </message>
    <message>
        <source>%1: measured gap in degrees, left minus right</source>
        <comment>a group&apos;s name</comment>
        <translation>%1: gemessener Unterschied in Grad, links minus rechts</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Einheit %1 von %2: %3</translation>
    </message>
    <message>
        <source>Check stopped at the safety questions: %1</source>
        <translation>Test bei den Sicherheitsfragen beendet: %1</translation>
    </message>
    <message>
        <source>A red flag ended the check before any rating. The app gave no routine and advised seeing a clinician today.</source>
        <translation>Ein Warnzeichen beendete den Test vor jeder Bewertung. Die App gab keine Routine und riet, heute ärztlichen Rat einzuholen.</translation>
    </message>
    <message>
        <source>A red flag ended the check before any rating. The app gave no routine and advised seeing a clinician soon.</source>
        <translation>Ein Warnzeichen beendete den Test vor jeder Bewertung. Die App gab keine Routine und riet, bald ärztlichen Rat einzuholen.</translation>
    </message>
    <message>
        <source>Answered yes: %1 Advice given: %2</source>
        <comment>a red-flag question and the app&apos;s advice</comment>
        <translation>Mit Ja beantwortet: %1 Gegebener Rat: %2</translation>
    </message>
    <message>
        <source>Precautions: none answered yes.</source>
        <translation>Vorsichtsfragen: keine mit Ja beantwortet.</translation>
    </message>
    <message>
        <source>Precautions answered yes:</source>
        <translation>Mit Ja beantwortete Vorsichtsfragen:</translation>
    </message>
    <message>
        <source>Acute flare-up: yes (gentle dosage).</source>
        <translation>Akuter Schub: ja (sanfte Dosierung).</translation>
    </message>
    <message>
        <source>Acute flare-up: no.</source>
        <translation>Akuter Schub: nein.</translation>
    </message>
    <message>
        <source>Pain at the start: %1 of 10. Not rated again after the routine.</source>
        <translation>Schmerz zu Beginn: %1 von 10. Nach der Routine nicht erneut bewertet.</translation>
    </message>
    <message>
        <source>Pain at the start: %1 of 10; after the routine: %2 of 10 (%3).</source>
        <translation>Schmerz zu Beginn: %1 von 10; nach der Routine: %2 von 10 (%3).</translation>
    </message>
    <message>
        <source>Nothing to release: every group&apos;s sides were within the threshold.</source>
        <translation>Nichts zu lockern: Bei jeder Gruppe lagen die Seiten innerhalb der Schwelle.</translation>
    </message>
    <message>
        <source>No step was done.</source>
        <translation>Kein Schritt wurde gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) did not fit the time given and wait for the next session.</source>
        <translation>
            <numerusform>%n Schritt passte nicht in die angegebene Zeit und wartet auf die nächste Einheit.</numerusform>
            <numerusform>%n Schritte passten nicht in die angegebene Zeit und warten auf die nächste Einheit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was not finished.</source>
        <translation>Die Einheit wurde nicht beendet.</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Gelockert</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>At the start (left / right, gap)</source>
        <translation>Zu Beginn (links / rechts, Unterschied)</translation>
    </message>
    <message>
        <source>Re-check (left / right, gap)</source>
        <translation>Erneut geprüft (links / rechts, Unterschied)</translation>
    </message>
    <message>
        <source>Gap in this session</source>
        <translation>Unterschied in dieser Einheit</translation>
    </message>
    <message>
        <source>%1 / %2, gap %3</source>
        <comment>left / right ratings and the signed gap, left minus right</comment>
        <translation>%1 / %2, Unterschied %3</translation>
    </message>
    <message>
        <source>not released, re-checked only</source>
        <translation>nicht gelockert, nur erneut geprüft</translation>
    </message>
    <message>
        <source>not re-checked</source>
        <translation>nicht erneut geprüft</translation>
    </message>
    <message>
        <source>Measured angles (degrees, from the person&apos;s photos)</source>
        <translation>Gemessene Winkel (Grad, aus den Fotos der Person)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Erneut geprüft</translation>
    </message>
    <message>
        <source>left %1, right %2</source>
        <comment>measured angles in degrees</comment>
        <translation>links %1, rechts %2</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (below the MDC)</source>
        <comment>measured angles in degrees</comment>
        <translation>links %1, rechts %2, Unterschied %3 (unter der MDC)</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (left tighter)</source>
        <comment>measured angles in degrees</comment>
        <translation>links %1, rechts %2, Unterschied %3 (links verspannter)</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (right tighter)</source>
        <comment>measured angles in degrees</comment>
        <translation>links %1, rechts %2, Unterschied %3 (rechts verspannter)</translation>
    </message>
    <message>
        <source>MDC %1</source>
        <comment>a test&apos;s smallest real change in degrees</comment>
        <translation>MDC %1</translation>
    </message>
    <message>
        <source>%1 (MDC %2)</source>
        <comment>a verdict and the test&apos;s smallest real change in degrees</comment>
        <translation>%1 (MDC %2)</translation>
    </message>
    <message>
        <source>What matters to the person, 0 to 10 (higher is better):</source>
        <translation>Was der Person wichtig ist, 0 bis 10 (höher ist besser):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an activity and its score</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>(The note goes on; the JSON export holds it whole.)</source>
        <translation>(Die Notiz geht weiter; der JSON-Export enthält sie ganz.)</translation>
    </message>
    <message>
        <source>Clinician&apos;s comments</source>
        <translation>Anmerkungen der Ärztin, des Arztes oder der Physiotherapie</translation>
    </message>
    <message>
        <source>Date, name and signature:</source>
        <translation>Datum, Name und Unterschrift:</translation>
    </message>
    <message>
        <source>Tightside report of %1, page %2 of %3</source>
        <translation>Tightside-Bericht vom %1, Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>tightside::report::Text</name>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerz abgebrochen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>pain %1 before, %2 after</source>
        <translation>Schmerz %1 vorher, %2 nachher</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>Schmerz %1</translation>
    </message>
    <message>
        <source>left %1 right %2</source>
        <comment>a group&apos;s ratings before the routine</comment>
        <translation>links %1 rechts %2</translation>
    </message>
    <message>
        <source>-&gt; after: left %1 right %2</source>
        <translation>-&gt; nachher: links %1 rechts %2</translation>
    </message>
    <message>
        <source>released %1 (left), %2 s: %3</source>
        <translation>gelockert: %1 links, %2 s: %3</translation>
    </message>
    <message>
        <source>released %1 (right), %2 s: %3</source>
        <translation>gelockert: %1 rechts, %2 s: %3</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>About the method: Tightside follows one practitioner&apos;s clinical experience: release the tighter side of the leg muscles and leave the low back and glutes alone. It has not been tested in clinical trials. The figures are the user&apos;s own ratings, not measurements, and most back pain eases over time whatever is done, so a change here does not show what caused it. This report is not medical advice.</source>
        <translation>Zur Methode: Tightside folgt der klinischen Erfahrung einer Fachperson: die verspanntere Seite der Beinmuskeln lockern und den unteren Rücken und die Gesäßmuskeln in Ruhe lassen. Das wurde nicht in klinischen Studien geprüft. Die Zahlen sind eigene Bewertungen der Person, keine Messungen, und die meisten Rückenschmerzen lassen mit der Zeit nach, was auch immer man tut; eine Veränderung hier zeigt also nicht, was sie bewirkt hat. Dieser Bericht ist keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an activity and its score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>what matters to you (0-10): %1</source>
        <translation>was Ihnen wichtig ist (0-10): %1</translation>
    </message>
    <message>
        <source>stopped at the screening by a red flag (%1): the app advised seeing a clinician today</source>
        <translation>bei den Sicherheitsfragen wegen eines Warnzeichens beendet (%1): die App riet, heute ärztlichen Rat einzuholen</translation>
    </message>
    <message>
        <source>stopped at the screening by a red flag (%1): the app advised seeing a clinician soon</source>
        <translation>bei den Sicherheitsfragen wegen eines Warnzeichens beendet (%1): die App riet, bald ärztlichen Rat einzuholen</translation>
    </message>
</context>
</TS>
