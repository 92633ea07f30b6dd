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
        <source>Group %1 of %2</source>
        <translation>Gruppe %1 von %2</translation>
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
        <source>A drawing of the %1 test, done on the left side. For the right side, do the same as in a mirror.</source>
        <translation>Eine Zeichnung des Tests „%1“, auf der linken Seite. Machen Sie es auf der rechten Seite spiegelbildlich.</translation>
    </message>
    <message>
        <source>The drawing shows the left side; do the right side the same way.</source>
        <translation>Die Zeichnung zeigt die linke Seite. Machen Sie die rechte Seite genauso.</translation>
    </message>
    <message>
        <source>STOP: nerve signs</source>
        <translatorcomment>Nervenzeichen: feststehender Begriff, überall gleich (auch im Protokoll).</translatorcomment>
        <translation>STOPP: Nervenzeichen</translation>
    </message>
    <message>
        <source>Nerve signs: stop if you notice these</source>
        <translatorcomment>Nervenzeichen: wie im Protokoll.</translatorcomment>
        <translation>Nervenzeichen: Hören Sie auf, wenn Sie diese bemerken</translation>
    </message>
    <message>
        <source>I did this optional test today</source>
        <translation>Ich habe diesen freiwilligen Test heute gemacht</translation>
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
        <translation>Hervorgehoben: die straffere Seite, %2 %1.</translation>
    </message>
    <message>
        <source>Marked: %1 on both legs.</source>
        <translation>Markiert: %1 an beiden Beinen.</translation>
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
        <translation>Das Lösen heute begrenzen auf</translation>
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
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Tick for yes. Leave empty for no.</source>
        <translation>Ankreuzen für Ja. Leer lassen für Nein.</translation>
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
        <source>The steps in order, with the side, the time and the reason for each, then what is balanced and what is never worked on.</source>
        <translation>Die Schritte in ihrer Reihenfolge, jeweils mit Seite, Zeit und Grund, danach, was ausgeglichen ist und was nie bearbeitet wird.</translation>
    </message>
    <message>
        <source>Steps, in this order</source>
        <translation>Schritte, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>: left %1, right %2, a gap of %3</source>
        <translation>: links %1, rechts %2, ein Unterschied von %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>step title, hold</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (freiwillig)</translation>
    </message>
    <message>
        <source>About %1 of holds, plus a 5 s lead-in before each.</source>
        <translation>Etwa %1 Haltezeit, dazu vor jedem Schritt 5 s Vorlauf.</translation>
    </message>
    <message>
        <source>Nothing to release today</source>
        <translation>Heute nichts zu lösen</translation>
    </message>
    <message>
        <source>Balanced (no release needed)</source>
        <translation>Ausgeglichen (kein Lösen nötig)</translation>
    </message>
    <message>
        <source>%1: the two sides differ by less than %2.</source>
        <translation>%1: Die beiden Seiten unterscheiden sich um weniger als %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next time (did not fit today&apos;s minutes)</source>
        <translation>Nächstes Mal (passte heute nicht in die Minuten)</translation>
    </message>
    <message>
        <source>Never on the list</source>
        <translation>Nie auf der Liste</translation>
    </message>
    <message>
        <source>Where each step works</source>
        <translation>Wo jeder Schritt wirkt</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <comment>step number, title, hold</comment>
        <translation>%1. %2, %3</translation>
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
</context>
<context>
    <name>tightside::gui::RecheckPage</name>
    <message>
        <source>Check both sides again</source>
        <translation>Beide Seiten noch einmal prüfen</translation>
    </message>
    <message>
        <source>Do the same self-tests as before on both sides of each group you released, and rate them again. The sliders start at your first answers.</source>
        <translation>Machen Sie dieselben Selbsttests wie vorhin auf beiden Seiten jeder Gruppe, die Sie gelöst haben, und bewerten Sie sie noch einmal. Die Schieberegler beginnen bei Ihren ersten Antworten.</translation>
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
        <translation>Heute wurde nichts gelöst, also gibt es nichts neu zu prüfen.</translation>
    </message>
    <message>
        <source>%1 tightness after</source>
        <translation>Spannung danach: %1</translation>
    </message>
    <message>
        <source>Before: left %1, right %2.</source>
        <translation>Vorher: links %1, rechts %2.</translation>
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
        <translation>Was ändert, wie Sie lösen</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Tick Yes for anything that is true for you now. Some answers mean a doctor should see you before any release; the app will say so.</source>
        <translation>Kreuzen Sie Ja an bei allem, was jetzt auf Sie zutrifft. Bei manchen Antworten sollte Sie eine Ärztin oder ein Arzt ansehen, bevor Sie mit dem Lösen beginnen; die App sagt es Ihnen dann.</translation>
    </message>
    <message>
        <source>Tick Yes for anything that applies. The plan will use lighter pressure, shorter holds or leave a place out, and say why.</source>
        <translation>Kreuzen Sie Ja an bei allem, was zutrifft. Der Plan arbeitet dann mit leichterem Druck und kürzeren Haltezeiten oder lässt eine Stelle aus, und sagt, warum.</translation>
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
        <source>One of your answers can be a sign of something that needs a doctor today. This is not a diagnosis, and many such signs turn out to be harmless, but it is worth checking now.</source>
        <translation>Eine Ihrer Antworten kann ein Zeichen für etwas sein, das heute ärztlich untersucht werden muss. Das ist keine Diagnose, und viele solche Zeichen erweisen sich als harmlos, aber es lohnt sich, es jetzt prüfen zu lassen.</translation>
    </message>
    <message>
        <source>One of your answers means a doctor or physiotherapist should look at your back before you do any release. Please book a visit in the next few days.</source>
        <translation>Wegen einer Ihrer Antworten sollte eine Ärztin, ein Arzt oder die Physiotherapie Ihren Rücken ansehen, bevor Sie mit dem Lösen beginnen. Vereinbaren Sie bitte in den nächsten Tagen einen Termin.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun sollten:</translation>
    </message>
    <message>
        <source>Take this list of answers with you. If you ticked a box by mistake, go back and change it.</source>
        <translation>Nehmen Sie diese Liste Ihrer Antworten mit. Wenn Sie ein Kästchen aus Versehen angekreuzt haben, gehen Sie zurück und ändern Sie es.</translation>
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
        <source>gap %1 now (left %2, right %3).</source>
        <translation>Unterschied jetzt %1 (links %2, rechts %3).</translation>
    </message>
    <message>
        <source>gap %1 before (left %2, right %3), %4</source>
        <translation>Unterschied vorher %1 (links %2, rechts %3), %4</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after (out of 10).</source>
        <translation>Rückenschmerzen: %1 vorher, %2 nachher (von 10).</translation>
    </message>
    <message>
        <source>Steps: %1 completed, %2 skipped, %3 stopped for pain.</source>
        <translation>Schritte: %1 erledigt, %2 übersprungen, %3 wegen Schmerz abgebrochen.</translation>
    </message>
    <message>
        <source>A typical course takes one to six sessions. Check again in a day or two: the gap should shrink over time.</source>
        <translation>Ein üblicher Verlauf dauert eine bis sechs Einheiten. Prüfen Sie in ein oder zwei Tagen noch einmal: Der Unterschied sollte mit der Zeit kleiner werden.</translation>
    </message>
</context>
</TS>
