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
Options :
  --data-dir DOSSIER  où les séances sont gardées (sinon $TIGHTSIDE_DATA_DIR,
                      sinon le dossier de données d&apos;applications du système)
  --lang CODE         la langue : en, de, es ou fr (sinon celle du système)
  --exit-after-startup  ouvrir la fenêtre, attendre qu&apos;elle soit prête, sortir avec 0
  --log-level NIVEAU  ce que le journal enregistre, pour la fenêtre et chaque commande :
                      trace, debug, info (par défaut), warn, error ou off (sinon
                      $TIGHTSIDE_LOG). Il ne contient jamais de données de santé. Le journal
                      est $XDG_STATE_HOME/tightside/tightside.log (par défaut dans
                      ~/.local/state)
  --help              afficher cette aide ; COMMANDE --help affiche l&apos;aide d&apos;une commande
  --version           afficher la version

Codes de sortie : 0 succès, 1 données incorrectes, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>Reminders are on. The open window reminds you at %1; turn them off with: tightside remind --off</source>
        <translation>Les rappels sont activés. La fenêtre ouverte vous le rappelle à %1&#xa0;; désactivez-les avec&#xa0;: tightside remind --off</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Les rappels sont désactivés.</translation>
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
        <translation>Douleur au début&#xa0;: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <source>What matters to you, 0 to 10 (higher is better), first and latest rating:</source>
        <translation>Ce qui compte pour vous, de 0 à 10 (plus haut est mieux), première et dernière note&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting from last time (first in line next time):</source>
        <translation>En attente depuis la dernière fois (en premier la prochaine fois)&#xa0;:</translation>
    </message>
    <message>
        <source>  left %1</source>
        <translation>  %1 (côté gauche)</translation>
    </message>
    <message>
        <source>  right %1</source>
        <translation>  %1 (côté droit)</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>pas de changement net</translation>
    </message>
    <message>
        <source>No sessions are stored yet: the course starts with your first check.</source>
        <translation>Aucune séance enregistrée pour l&apos;instant&#xa0;: votre parcours commence avec votre premier contrôle.</translation>
    </message>
    <message>
        <source>Your course so far (your ratings): one session, %1 to %2.</source>
        <translation>Votre parcours jusqu&apos;ici (vos notes)&#xa0;: une séance, du %1 au %2.</translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n sessions, %1 to %2.</source>
        <translation>
            <numerusform>Votre parcours jusqu&apos;ici (vos notes)&#xa0;: %n séance, du %1 au %2.</numerusform>
            <numerusform>Votre parcours jusqu&apos;ici (vos notes)&#xa0;: %n séances, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are your own ratings; they do not say what caused a change.</source>
        <translation>Ce sont vos propres notes&#xa0;; elles ne disent pas ce qui a causé un changement.</translation>
    </message>
    <message>
        <source>needs a second check</source>
        <translation>il faut un deuxième contrôle</translation>
    </message>
    <message>
        <source>Within your latest session, left/right gap before -&gt; after the routine:</source>
        <translation>Pendant votre dernière séance, écart gauche/droite avant -&gt; après la routine&#xa0;:</translation>
    </message>
    <message>
        <source>Pain before -&gt; after the routine: %1 -&gt; %2  %3</source>
        <translation>Douleur avant -&gt; après la routine&#xa0;: %1 -&gt; %2  %3</translation>
    </message>
    <message>
        <source>Across sessions, left/right gap at the start of the first and the latest session:</source>
        <translation>D’une séance à l’autre, écart gauche/droite au début de la première et de la dernière séance&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag.</source>
        <translation>
            <numerusform>%n contrôle s’est arrêté aux questions de sécurité à cause d’un signe d’alerte.</numerusform>
            <numerusform>%n contrôles se sont arrêtés aux questions de sécurité à cause d’un signe d’alerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more; otherwise it is no clear change.</source>
        <translation>Un changement ne compte qu’à partir de %1 points&#xa0;; sinon, ce n’est pas un changement net.</translation>
    </message>
    <message>
        <source>Next check: %1 (%2 to %3 days after the latest).</source>
        <translation>Prochain contrôle&#xa0;: %1 (%2 à %3 jours après le dernier).</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>pas de changement net</translation>
    </message>
    <message>
        <source>Your last check was today.</source>
        <translation>Votre dernier contrôle date d&apos;aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>Your last check was %n day(s) ago.</source>
        <translation>
            <numerusform>Votre dernier contrôle date d&apos;il y a %n jour.</numerusform>
            <numerusform>Votre dernier contrôle date d&apos;il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 (côté gauche)</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 (côté droit)</translation>
    </message>
    <message>
        <source>Waiting from last time, first in line: %1.</source>
        <translation>En attente depuis la dernière fois, en premier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your whole course is in History.</source>
        <translation>Tout votre parcours est dans Historique.</translation>
    </message>
    <message>
        <source>No sessions yet: your course starts with your first check.</source>
        <translation>Pas encore de séances&#xa0;: votre parcours commence avec votre premier contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>Your course so far (your ratings): %n session(s).</source>
        <translation>
            <numerusform>Votre parcours jusqu&apos;ici (vos notes)&#xa0;: %n séance.</numerusform>
            <numerusform>Votre parcours jusqu&apos;ici (vos notes)&#xa0;: %n séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: gap %2, now %3: %4</source>
        <translation>%1&#xa0;: écart %2, maintenant %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>What matters to you, 0 to 10 (higher is better), your first and latest rating:</source>
        <translation>Ce qui compte pour vous, de 0 à 10 (plus haut est mieux), votre première et votre dernière note&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2, now %3: %4</source>
        <translation>%1&#xa0;: %2, maintenant %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: gap %2 before, %3 after: %4</source>
        <translation>%1&#xa0;: écart %2 avant, %3 après&#xa0;: %4</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after: %3</source>
        <translation>Mal de dos&#xa0;: %1 avant, %2 après&#xa0;: %3</translation>
    </message>
    <message>
        <source>Within your latest session (before and after the routine):</source>
        <translation>Pendant votre dernière séance (avant et après la routine)&#xa0;:</translation>
    </message>
    <message>
        <source>needs a second check</source>
        <translation>il faut un deuxième contrôle</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) stopped at the screening questions by a red flag; they are in the table below.</source>
        <translation>
            <numerusform>%n contrôle s’est arrêté aux questions de sécurité à cause d’un signe d’alerte&#xa0;; il figure dans le tableau ci-dessous.</numerusform>
            <numerusform>%n contrôles se sont arrêtés aux questions de sécurité à cause d’un signe d’alerte&#xa0;; ils figurent dans le tableau ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across sessions, left/right gap at the start of your first and your latest session:</source>
        <translation>D’une séance à l’autre, écart gauche/droite au début de votre première et de votre dernière séance&#xa0;:</translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more. These are your own ratings; they do not say what caused a change.</source>
        <translation>Un changement ne compte qu’à partir de %1 points. Ce sont vos propres notes&#xa0;; elles ne disent pas ce qui a causé un changement.</translation>
    </message>
</context>
<context>
    <name>FhirText</name>
    <message>
        <source>%1, left side</source>
        <translation>%1, côté gauche</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, côté droit</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Muscle group</source>
        <translation>Groupe musculaire</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes effectuées</translation>
    </message>
    <message>
        <source>Activities that matter to you (0-10)</source>
        <translation>Activités qui comptent pour vous (0-10)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>How soon to seek care</source>
        <translation>Dans quel délai consulter</translation>
    </message>
    <message>
        <source>The check was stopped by a red flag</source>
        <translation>Le contrôle a été arrêté par un signe d&apos;alerte</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Flare-up now</source>
        <translation>Poussée de douleur en ce moment</translation>
    </message>
    <message>
        <source>Pain before the routine (0-10)</source>
        <translation>Douleur avant la routine (0-10)</translation>
    </message>
    <message>
        <source>Minutes available</source>
        <translation>Minutes disponibles</translation>
    </message>
    <message>
        <source>Tightness before the routine</source>
        <translation>Tension avant la routine</translation>
    </message>
    <message>
        <source>Measured angles before the routine (degrees)</source>
        <translation>Angles mesurés avant la routine (degrés)</translation>
    </message>
    <message>
        <source>Tightness after the routine</source>
        <translation>Tension après la routine</translation>
    </message>
    <message>
        <source>Measured angles after the routine (degrees)</source>
        <translation>Angles mesurés après la routine (degrés)</translation>
    </message>
    <message>
        <source>Pain after the routine (0-10)</source>
        <translation>Douleur après la routine (0-10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>This export format is not known.</source>
        <translation>Ce format d&apos;export est inconnu.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export annulé. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>open wound or skin infection</source>
        <translation>plaie ouverte ou infection de la peau</translation>
    </message>
    <message>
        <source>local inflammation</source>
        <translation>inflammation locale</translation>
    </message>
    <message>
        <source>bone infection or hard lump</source>
        <translation>infection osseuse ou bosse dure</translation>
    </message>
    <message>
        <source>varicose veins</source>
        <translation>varices</translation>
    </message>
    <message>
        <source>anticoagulant</source>
        <translation>anticoagulant</translation>
    </message>
    <message>
        <source>bleeding disorder</source>
        <translation>trouble de la coagulation</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>ostéoporose</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>grossesse</translation>
    </message>
    <message>
        <source>leg nerve damage</source>
        <translation>lésion des nerfs des jambes</translation>
    </message>
    <message>
        <source>Left %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.</source>
        <translation>%1, côté gauche (%2), %3 s&#xa0;: vous avez noté %4 à gauche et %5 à droite, un écart de %6.</translation>
    </message>
    <message>
        <source>Right %1 (%2), %3 s: you rated left %4 and right %5, a gap of %6.</source>
        <translation>%1, côté droit (%2), %3 s&#xa0;: vous avez noté %4 à gauche et %5 à droite, un écart de %6.</translation>
    </message>
    <message>
        <source>Left %1, %2 s: you rated left %3 and right %4, a gap of %5.</source>
        <translation>%1, côté gauche, %2 s&#xa0;: vous avez noté %3 à gauche et %4 à droite, un écart de %5.</translation>
    </message>
    <message>
        <source>Right %1, %2 s: you rated left %3 and right %4, a gap of %5.</source>
        <translation>%1, côté droit, %2 s&#xa0;: vous avez noté %3 à gauche et %4 à droite, un écart de %5.</translation>
    </message>
    <message>
        <source>The hold is gentle because of your flare-up and your screening answers (%1).</source>
        <translation>Le maintien est doux à cause de votre poussée de douleur et de vos réponses aux questions de sécurité (%1).</translation>
    </message>
    <message>
        <source>The hold is gentle because of your flare-up.</source>
        <translation>Le maintien est doux à cause de votre poussée de douleur.</translation>
    </message>
    <message>
        <source>The hold is gentle because of your screening answers (%1).</source>
        <translation>Le maintien est doux à cause de vos réponses aux questions de sécurité (%1).</translation>
    </message>
    <message>
        <source>That is the hold length you chose.</source>
        <translation>C&apos;est la durée de maintien que vous avez choisie.</translation>
    </message>
    <message>
        <source>That is the usual hold.</source>
        <translation>C&apos;est la durée de maintien habituelle.</translation>
    </message>
    <message>
        <source>It is the shorter length you chose.</source>
        <translation>C&apos;est la durée plus courte que vous avez choisie.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>quadriceps</source>
        <translation>quadriceps</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>fléchisseurs de la hanche</translation>
    </message>
    <message>
        <source>adductors</source>
        <translation>adducteurs</translation>
    </message>
    <message>
        <source>IT band</source>
        <translatorcomment>bandelette iliotibiale, comme en kinésithérapie.</translatorcomment>
        <translation>bandelette iliotibiale</translation>
    </message>
    <message>
        <source>hamstrings</source>
        <translation>ischio-jambiers</translation>
    </message>
    <message>
        <source>TFL</source>
        <translatorcomment>TFL reste (tenseur du fascia lata).</translatorcomment>
        <translation>TFL</translation>
    </message>
    <message>
        <source>lats</source>
        <translation>grand dorsal</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>bas du dos</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>fessiers</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>colonne vertébrale</translation>
    </message>
    <message>
        <source>lower ribs</source>
        <translation>côtes basses</translation>
    </message>
    <message>
        <source>A gap of %1 or more is a real difference, so only the tighter side is released, to bring the two sides closer.</source>
        <translatorcomment>release = relâcher ; tighter side = le côté le plus tendu ; vouvoiement.</translatorcomment>
        <translation>Un écart de %1 ou plus est une vraie différence&#xa0;: seul le côté le plus tendu est relâché, pour rapprocher les deux côtés.</translation>
    </message>
    <message>
        <source>All five leg groups are balanced, so the %1 can be worked now; this step is optional.</source>
        <translation>Les cinq groupes des jambes sont équilibrés&#xa0;: on peut maintenant travailler %1&#xa0;; cette étape est facultative.</translation>
    </message>
    <message>
        <source>This group comes at priority %1; when groups share a priority, the bigger gap goes first.</source>
        <translation>Ce groupe a la priorité %1&#xa0;; à priorité égale, le plus grand écart passe en premier.</translation>
    </message>
    <message>
        <source>It did not fit in today&apos;s %1, so it comes first next time.</source>
        <translation>Elle ne tenait pas dans les %1 d&apos;aujourd&apos;hui&#xa0;: elle passe en premier la prochaine fois.</translation>
    </message>
    <message>
        <source>Please get medical help today: go to an emergency department now, or call your emergency number. One of your answers can be a sign of something that needs a doctor quickly. There is no release routine today.</source>
        <translation>Faites-vous soigner aujourd&apos;hui&#xa0;: allez aux urgences maintenant, ou appelez le numéro d&apos;urgence. L&apos;une de vos réponses peut être le signe d&apos;un problème qui demande vite un médecin. Il n&apos;y a pas de routine de relâchement aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Please book a visit with a doctor or physiotherapist in the next few days. One of your answers should be checked by a clinician before any release work. There is no release routine until then.</source>
        <translation>Prenez rendez-vous chez un médecin ou un kinésithérapeute dans les prochains jours. L&apos;une de vos réponses doit être vérifiée par un soignant avant tout relâchement. D&apos;ici là, il n&apos;y a pas de routine de relâchement.</translation>
    </message>
    <message>
        <source>Ask a clinician about your answer “%1”.</source>
        <translation>Demandez l&apos;avis d&apos;un soignant sur votre réponse «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>If new numbness, weakness in a leg, or bladder or bowel changes appear, go to an emergency department at once.</source>
        <translation>Si un engourdissement nouveau, une faiblesse dans une jambe ou des changements de la vessie ou des intestins apparaissent, allez aux urgences immédiatement.</translation>
    </message>
    <message>
        <source>Your two sides are the same in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>Vos deux côtés sont pareils dans chaque groupe&#xa0;: ils comptent comme équilibrés et il n&apos;y a rien à relâcher aujourd&apos;hui. Refaites le contrôle dans deux ou trois jours. Si votre dos a encore mal après quelques séances, consultez un médecin ou un kinésithérapeute.</translation>
    </message>
    <message numerus="yes">
        <source>Your two sides differ by less than %n points in every group, so they count as balanced and there is nothing to release today. Check again in two or three days. If your back still hurts after a few sessions, see a doctor or physiotherapist.</source>
        <translation>
            <numerusform>Vos deux côtés diffèrent de moins de %n point dans chaque groupe&#xa0;: ils comptent comme équilibrés et il n&apos;y a rien à relâcher aujourd&apos;hui. Refaites le contrôle dans deux ou trois jours. Si votre dos a encore mal après quelques séances, consultez un médecin ou un kinésithérapeute.</numerusform>
            <numerusform>Vos deux côtés diffèrent de moins de %n points dans chaque groupe&#xa0;: ils comptent comme équilibrés et il n&apos;y a rien à relâcher aujourd&apos;hui. Refaites le contrôle dans deux ou trois jours. Si votre dos a encore mal après quelques séances, consultez un médecin ou un kinésithérapeute.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to release today: the groups that differ were left out because of your screening answers. Ask a clinician about them.</source>
        <translation>Il n&apos;y a rien à relâcher aujourd&apos;hui&#xa0;: les groupes qui diffèrent ont été laissés de côté à cause de vos réponses aux questions de sécurité. Demandez l&apos;avis d&apos;un soignant à leur sujet.</translation>
    </message>
    <message>
        <source>Release only the side each step names, not both. Afterwards, rate both sides of the %1 again, so you can see the gap shrink.</source>
        <translation>Relâchez seulement le côté que nomme chaque étape, pas les deux. Ensuite, notez de nouveau les deux côtés de %1, pour voir l&apos;écart se réduire.</translation>
    </message>
    <message>
        <source>If pain rises during a release, ease the pressure or stop; the player has a stop button for this.</source>
        <translation>Si la douleur augmente pendant un relâchement, diminuez la pression ou arrêtez-vous&#xa0;; le lecteur a un bouton d&apos;arrêt pour cela.</translation>
    </message>
    <message>
        <source>Left out today because of your screening answers: %1.</source>
        <translation>Laissé de côté aujourd&apos;hui à cause de vos réponses aux questions de sécurité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>One step does not fit in your %1 today; it comes first next time.</source>
        <translation>Une étape ne tient pas dans vos %1 aujourd&apos;hui&#xa0;; elle passe en premier la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps do not fit in your %1 today; they come first next time.</source>
        <translation>
            <numerusform>%n étape ne tient pas dans vos %1 aujourd&apos;hui&#xa0;; elle passe en premier la prochaine fois.</numerusform>
            <numerusform>%n étapes ne tiennent pas dans vos %1 aujourd&apos;hui&#xa0;; elles passent en premier la prochaine fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have a flare-up: every hold is gentle, %1 s with discomfort no more than %2 out of 10. The hips and back are left alone on purpose; the work stays on the legs.</source>
        <translation>Vous avez une poussée de douleur&#xa0;: chaque maintien est doux, %1 s avec un inconfort de %2 sur 10 au plus. Les hanches et le dos sont laissés de côté exprès&#xa0;; le travail reste sur les jambes.</translation>
    </message>
    <message>
        <source>The low back and glutes are left alone on purpose: they are usually holding your hips steady against a pull from the legs, so they are the messenger, not the cause. Tightside works on the tighter side of the legs instead.</source>
        <translation>Le bas du dos et les fessiers sont laissés de côté exprès&#xa0;: ils gardent en général votre bassin stable contre une traction venue des jambes. Ils sont donc le messager, pas la cause. Tightside travaille plutôt sur le côté le plus tendu des jambes.</translation>
    </message>
    <message>
        <source>A step that touched the low back, glutes, spine or lower ribs was removed: Tightside never works there, whatever a protocol says.</source>
        <translation>Une étape qui touchait le bas du dos, les fessiers, la colonne vertébrale ou les côtes basses a été retirée&#xa0;: Tightside n&apos;y travaille jamais, quoi que dise un protocole.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps that touched the low back, glutes, spine or lower ribs were removed: Tightside never works there, whatever a protocol says.</source>
        <translation>
            <numerusform>%n étape qui touchait le bas du dos, les fessiers, la colonne vertébrale ou les côtes basses a été retirée&#xa0;: Tightside n&apos;y travaille jamais, quoi que dise un protocole.</numerusform>
            <numerusform>%n étapes qui touchaient le bas du dos, les fessiers, la colonne vertébrale ou les côtes basses ont été retirées&#xa0;: Tightside n&apos;y travaille jamais, quoi que dise un protocole.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tightside plan (%1 %2; a gap of %3 points or more counts)</source>
        <translation>Plan Tightside (%1 %2&#xa0;; un écart de %3 points ou plus compte)</translation>
    </message>
    <message>
        <source>SEE A CLINICIAN TODAY. No routine.</source>
        <translation>CONSULTEZ UN SOIGNANT AUJOURD&apos;HUI. Pas de routine.</translation>
    </message>
    <message>
        <source>SEE A CLINICIAN SOON. No routine for now.</source>
        <translation>CONSULTEZ BIENTÔT UN SOIGNANT. Pas de routine pour l&apos;instant.</translation>
    </message>
    <message>
        <source>BALANCED: nothing to release today.</source>
        <translation>ÉQUILIBRÉ&#xa0;: rien à relâcher aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Steps, in this order:</source>
        <translation>Étapes, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>%1. LEFT %2, %3 s (optional): %4</source>
        <translation>%1. %2, CÔTÉ GAUCHE, %3 s (facultatif)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1. RIGHT %2, %3 s (optional): %4</source>
        <translation>%1. %2, CÔTÉ DROIT, %3 s (facultatif)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1. LEFT %2, %3 s: %4</source>
        <translation>%1. %2, CÔTÉ GAUCHE, %3 s&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1. RIGHT %2, %3 s: %4</source>
        <translation>%1. %2, CÔTÉ DROIT, %3 s&#xa0;: %4</translation>
    </message>
    <message>
        <source>Next time first (did not fit today):</source>
        <translation>La prochaine fois en premier (ne tenait pas aujourd&apos;hui)&#xa0;:</translation>
    </message>
    <message>
        <source>left %1, %2 s</source>
        <translation>%1, côté gauche, %2 s</translation>
    </message>
    <message>
        <source>right %1, %2 s</source>
        <translation>%1, côté droit, %2 s</translation>
    </message>
    <message>
        <source>Balanced today: %1</source>
        <translation>Équilibré aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re-check both sides afterwards: %1</source>
        <translation>Ensuite, contrôlez de nouveau les deux côtés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never worked on: %1</source>
        <translation>Jamais travaillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>It comes first today because it did not fit in the time you had last session.</source>
        <translation>Elle passe en premier aujourd&apos;hui, car elle ne tenait pas dans le temps que vous aviez à la dernière séance.</translation>
    </message>
    <message>
        <source>You released your %1 less than 24 hours ago, so that group rests today; it can be released again from %2. Rate both sides of it after the routine all the same, to see how it holds.</source>
        <translation>Vous avez relâché ce groupe (%1) il y a moins de 24 heures&#xa0;: il se repose aujourd&apos;hui&#xa0;; il pourra de nouveau être relâché à partir de %2. Notez quand même ses deux côtés après la routine, pour voir si l&apos;effet tient.</translation>
    </message>
    <message>
        <source>There is nothing to release right now: every group that differs was released in the last 24 hours and rests. Rate both sides again all the same.</source>
        <translation>Il n&apos;y a rien à relâcher pour l&apos;instant&#xa0;: chaque groupe qui diffère a été relâché dans les dernières 24 heures et se repose. Notez quand même de nouveau les deux côtés.</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 gap has not clearly changed over your last %n sessions (your ratings: a gap of %2 at the first of them and %3 today). That can happen. It may be time to ask a doctor or physiotherapist to have a look; today&apos;s routine is below as usual.</source>
        <translation>
            <numerusform>Votre écart pour %1 n&apos;a pas nettement changé au cours de votre %n dernière séance (vos notes&#xa0;: un écart de %2 au début et de %3 aujourd&apos;hui). Cela peut arriver. Il est peut-être temps de demander à un médecin ou à un kinésithérapeute d&apos;y regarder de plus près&#xa0;; la routine du jour est ci-dessous, comme d&apos;habitude.</numerusform>
            <numerusform>Votre écart pour %1 n&apos;a pas nettement changé au cours de vos %n dernières séances (vos notes&#xa0;: un écart de %2 à la première d&apos;entre elles et de %3 aujourd&apos;hui). Cela peut arriver. Il est peut-être temps de demander à un médecin ou à un kinésithérapeute d&apos;y regarder de plus près&#xa0;; la routine du jour est ci-dessous, comme d&apos;habitude.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your measured angles show no difference this test can tell apart (it tells apart %1° or more).</source>
        <translation>Vos angles mesurés ne montrent aucune différence que ce test puisse distinguer (il distingue %1° ou plus).</translation>
    </message>
    <message>
        <source>Your measured angles: your left side is tighter by %1° (this test tells apart %2° or more).</source>
        <translation>Vos angles mesurés&#xa0;: votre côté gauche est plus tendu de %1° (ce test distingue %2° ou plus).</translation>
    </message>
    <message>
        <source>Your measured angles: your right side is tighter by %1° (this test tells apart %2° or more).</source>
        <translation>Vos angles mesurés&#xa0;: votre côté droit est plus tendu de %1° (ce test distingue %2° ou plus).</translation>
    </message>
    <message>
        <source>Your ratings point to the other side, so test both sides again, set up the same way, before you trust either.</source>
        <translation>Vos notes désignent l&apos;autre côté&#xa0;: refaites donc le test des deux côtés, installé de la même façon, avant de vous fier à l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>Your measured angles for the %1 do not match your ratings. Test both sides again when you can; today&apos;s plan follows your ratings.</source>
        <translation>Vos angles mesurés pour %1 ne correspondent pas à vos notes. Refaites le test des deux côtés quand vous le pouvez&#xa0;; le plan d&apos;aujourd&apos;hui suit vos notes.</translation>
    </message>
    <message>
        <source>M1, the five leg groups are checked left against right, in order</source>
        <translation>M1, les cinq groupes de la jambe sont testés dans l’ordre, gauche contre droite</translation>
    </message>
    <message>
        <source>M2, only the tighter side is released</source>
        <translation>M2, seul le côté le plus raide est relâché</translation>
    </message>
    <message>
        <source>M3, never the low back or the glutes</source>
        <translation>M3, jamais le bas du dos ni les fessiers</translation>
    </message>
    <message>
        <source>M4, the TFL only once the five groups are balanced</source>
        <translation>M4, le TFL seulement une fois les cinq groupes équilibrés</translation>
    </message>
    <message>
        <source>M5, the upper body only as a rare exception</source>
        <translation>M5, le haut du corps seulement par rare exception</translation>
    </message>
    <message>
        <source>M6, several sessions, each checked again</source>
        <translation>M6, plusieurs séances, chacune testée à nouveau</translation>
    </message>
    <message>
        <source>M7, safety first: the screening comes before any rating</source>
        <translation>M7, la sécurité d’abord&#xa0;: les questions de sécurité passent avant toute note</translation>
    </message>
    <message>
        <source>M8, honest about what the method is and is not</source>
        <translation>M8, honnête sur ce qu’est la méthode et ce qu’elle n’est pas</translation>
    </message>
    <message>
        <source>M9, steps that do not fit today&apos;s minutes wait for next time</source>
        <translation>M9, les étapes qui ne tiennent pas dans les minutes du jour attendent la prochaine fois</translation>
    </message>
    <message>
        <source>M10, gentle holds during an acute flare-up</source>
        <translation>M10, appuis doux pendant une poussée aiguë</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminds you when your next Tightside check is due.</source>
        <translation>Vous rappelle quand votre prochain contrôle Tightside est prévu.</translation>
    </message>
    <message>
        <source>Tightside reminder</source>
        <translation>Rappel Tightside</translation>
    </message>
    <message>
        <source>There is no configuration folder: neither XDG_CONFIG_HOME nor HOME is set.</source>
        <translation>Il n’y a pas de dossier de configuration&#xa0;: ni XDG_CONFIG_HOME ni HOME n’est défini.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Time for your next check</source>
        <translation>C’est l’heure de votre prochain contrôle</translation>
    </message>
    <message>
        <source>Your next Tightside check is due. It takes a few minutes.</source>
        <translation>Votre prochain contrôle Tightside est prévu. Il prend quelques minutes.</translation>
    </message>
    <message>
        <source>Start check</source>
        <translation>Commencer le contrôle</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>A sound could not be played.</source>
        <translation>Un son n&apos;a pas pu être joué.</translation>
    </message>
    <message>
        <source>No sound device was found, so Tightside plays no sounds. The flash and the words show every cue.</source>
        <translation>Aucun périphérique audio n&apos;a été trouvé&#xa0;: Tightside ne joue donc aucun son. Le clignotement et les mots montrent chaque consigne.</translation>
    </message>
    <message>
        <source>The sound and voice part of Tightside is missing from this installation, so cues are shown on screen only.</source>
        <translation>La partie son et voix de Tightside manque dans cette installation&#xa0;: les repères ne s’affichent donc qu’à l’écran.</translation>
    </message>
    <message>
        <source>A sound could not be loaded.</source>
        <translation>Un son n’a pas pu être chargé.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Sessions moved</source>
        <translation>Séances déplacées</translation>
    </message>
    <message numerus="yes">
        <source>%n session file(s) saved by an earlier version of Tightside were moved into the one data folder, where the command line finds them too.</source>
        <translation>
            <numerusform>%n fichier de séance enregistré par une version précédente de Tightside a été déplacé dans le dossier de données unique, où la ligne de commande le trouve aussi.</numerusform>
            <numerusform>%n fichiers de séance enregistrés par une version précédente de Tightside ont été déplacés dans le dossier de données unique, où la ligne de commande les trouve aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that could not be used were set aside in the quarantine folder; nothing was deleted.</source>
        <translation>
            <numerusform>%n fichier inutilisable a été mis de côté dans le dossier de quarantaine&#xa0;; rien n&apos;a été supprimé.</numerusform>
            <numerusform>%n fichiers inutilisables ont été mis de côté dans le dossier de quarantaine&#xa0;; rien n&apos;a été supprimé.</numerusform>
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
        <translation>Ce qui compte pour vous (facultatif, une fois par semaine)</translation>
    </message>
    <message>
        <source>Name up to five everyday activities that your back makes hard, for example putting on socks or sitting through a film. Rate how well you can do each today, from 0 (cannot do it) to 10 (as well as before the trouble). History shows how your ratings change from week to week.</source>
        <translation>Nommez jusqu&apos;à cinq activités de tous les jours que votre dos rend difficiles, par exemple mettre vos chaussettes ou rester assis pendant tout un film. Notez à quel point vous pouvez faire chacune aujourd&apos;hui, de 0 (impossible) à 10 (aussi bien qu&apos;avant le problème). L&apos;historique montre comment vos notes changent d&apos;une semaine à l&apos;autre.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>How well you can do it today</source>
        <translation>À quel point vous pouvez la faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Activité %1</translation>
    </message>
    <message>
        <source>The activity in your own words, at most %1 characters. Leave empty if you do not need it.</source>
        <translation>L&apos;activité avec vos propres mots, %1 caractères au plus. Laissez vide si vous n&apos;en avez pas besoin.</translation>
    </message>
    <message>
        <source>How well you can do activity %1 today</source>
        <translation>À quel point vous pouvez faire l&apos;activité %1 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Passer cette se&amp;maine</translation>
    </message>
    <message>
        <source>Skip this week</source>
        <translation>Passer cette semaine</translation>
    </message>
    <message>
        <source>Goes on with the check without rating any activity. Nothing is saved for them.</source>
        <translation>Continue le contrôle sans noter d&apos;activité. Rien n&apos;est enregistré pour elles.</translation>
    </message>
    <message>
        <source>These are your own ratings; they do not say what caused a change.</source>
        <translation>Ce sont vos propres notes&#xa0;; elles ne disent pas ce qui a causé un changement.</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>%1. 0 means you cannot do it, 10 as well as before. A digit key sets it, End gives 10.</source>
        <translation>%1. 0 veut dire impossible, 10 aussi bien qu&apos;avant. Une touche de chiffre fixe la valeur, Fin donne 10.</translation>
    </message>
    <message>
        <source>Rate each activity you named, or clear its name.</source>
        <translation>Notez chaque activité nommée, ou effacez son nom.</translation>
    </message>
    <message>
        <source>Name each activity you rated.</source>
        <translation>Nommez chaque activité que vous avez notée.</translation>
    </message>
    <message>
        <source>Give each activity a different name.</source>
        <translation>Donnez à chaque activité un nom différent.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::AngleChart</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Measured angles</source>
        <translation>Angles mesurés</translation>
    </message>
    <message>
        <source>No angles measured yet.</source>
        <translation>Aucun angle mesuré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Measured angles, oldest first: left %1; right %2. The band around each side&apos;s first angle is %3 either way: a change inside it is one this test cannot tell apart.</source>
        <extracomment>%1 and %2: the angles of each session, oldest first (&quot;120.0°, 118.5°&quot;); %3 the MDC.</extracomment>
        <translation>Angles mesurés, les plus anciens d&apos;abord&#xa0;: gauche %1&#xa0;; droite %2. La bande autour du premier angle de chaque côté s&apos;étend de %3 de part et d&apos;autre&#xa0;: ce test ne peut pas distinguer un changement à l&apos;intérieur.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Bodymap</name>
    <message>
        <source>Hatched = never worked on: the low back, spine, buttocks and lower ribs. They are not the cause.</source>
        <translation>Hachuré = jamais travaillé&#xa0;: le bas du dos, la colonne vertébrale, les fesses et les côtes basses. Ils ne sont pas la cause.</translation>
    </message>
    <message>
        <source>Seen from behind: your left is on the left.</source>
        <translation>Vu de dos&#xa0;: votre gauche est à gauche.</translation>
    </message>
    <message>
        <source>Seen from the front: your left is on the right.</source>
        <translation>Vu de face&#xa0;: votre gauche est à droite.</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, les deux côtés</translation>
    </message>
    <message>
        <source>Body map, seen from the %1: %2 marked.</source>
        <translation>Carte du corps, vue de %1&#xa0;: %2 marqué.</translation>
    </message>
    <message>
        <source>Body map: %1</source>
        <translation>Carte du corps&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CameraPage</name>
    <message numerus="yes">
        <source>Start the self-timer (%n seconds)</source>
        <extracomment>The self-timer&apos;s button; the number is 10.</extracomment>
        <translation>
            <numerusform>Lancer le retardateur (%n seconde)</numerusform>
            <numerusform>Lancer le retardateur (%n secondes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n seconds the camera takes the photo: time to lie down in the test position.</source>
        <translation>
            <numerusform>Après %n seconde, la caméra prend la photo&#xa0;: le temps de vous allonger dans la position du test.</numerusform>
            <numerusform>Après %n secondes, la caméra prend la photo&#xa0;: le temps de vous allonger dans la position du test.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le retardateur</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Ouvrir une photo…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo of the test position.</source>
        <translation>Choisissez une photo JPEG ou PNG de la position du test.</translation>
    </message>
    <message>
        <source>Show the setup</source>
        <translation>Voir la mise en place</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Take the photo with a phone and open it here.</source>
        <translation>Aucune caméra n&apos;a été trouvée sur cet ordinateur. Prenez la photo avec un téléphone et ouvrez-la ici.</translation>
    </message>
    <message>
        <source>The camera part of Tightside is missing from this installation. Take the photo with a phone and open it here.</source>
        <translation>La partie caméra de Tightside manque dans cette installation. Prenez la photo avec un téléphone et ouvrez-la ici.</translation>
    </message>
    <message numerus="yes">
        <source>Aim the camera at the test position and check the picture. Then start the self-timer: you have %n seconds to lie down in position before the photo is taken.</source>
        <translation>
            <numerusform>Orientez la caméra vers la position du test et vérifiez l&apos;image. Puis lancez le retardateur&#xa0;: vous avez %n seconde pour vous mettre en position avant la photo.</numerusform>
            <numerusform>Orientez la caméra vers la position du test et vérifiez l&apos;image. Puis lancez le retardateur&#xa0;: vous avez %n secondes pour vous mettre en position avant la photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The self-timer is stopped. No photo was taken.</source>
        <translation>Le retardateur est arrêté. Aucune photo n&apos;a été prise.</translation>
    </message>
    <message>
        <source>Taking the photo…</source>
        <translation>Prise de la photo…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) until the photo is taken.</source>
        <extracomment>Said by a screen reader each second of the camera&apos;s self-timer.</extracomment>
        <translation>
            <numerusform>Encore %n seconde avant la photo.</numerusform>
            <numerusform>Encore %n secondes avant la photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera stopped working. Take the photo with a phone and open it here, or go back to the setup and try the camera again.</source>
        <translation>La caméra ne fonctionne plus. Prenez la photo avec un téléphone et ouvrez-la ici, ou revenez à la mise en place et réessayez la caméra.</translation>
    </message>
    <message>
        <source>The camera stopped working (%1). Take the photo with a phone and open it here, or go back to the setup and try the camera again.</source>
        <translation>La caméra ne fonctionne plus (%1). Prenez la photo avec un téléphone et ouvrez-la ici, ou revenez à la mise en place et réessayez la caméra.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>What the camera sees now, to aim it at the test position.</source>
        <translation>Ce que voit la caméra maintenant, pour l&apos;orienter vers la position du test.</translation>
    </message>
    <message>
        <source>Waiting for the camera&apos;s picture…</source>
        <translation>En attente de l&apos;image de la caméra…</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CheckFlow</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Goes to the page before. Your answers are kept.</source>
        <translation>Revient à la page précédente. Vos réponses sont gardées.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>See my &amp;plan &gt;</source>
        <translation>Voir mon &amp;plan &gt;</translation>
    </message>
    <message>
        <source>&amp;Start routine &gt;</source>
        <translation>&amp;Commencer la routine &gt;</translation>
    </message>
    <message>
        <source>&amp;Next: save this check &gt;</source>
        <translation>&amp;Suivant : enregistrer ce contrôle &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Commencer un &amp;nouveau contrôle</translation>
    </message>
    <message>
        <source>Starts the routine player with step 1.</source>
        <translation>Lance le lecteur de la routine à l&apos;étape 1.</translation>
    </message>
    <message>
        <source>Saves this check to your history.</source>
        <translation>Enregistre ce contrôle dans votre historique.</translation>
    </message>
    <message>
        <source>Starts a new check from the safety questions.</source>
        <translation>Commence un nouveau contrôle par les questions de sécurité.</translation>
    </message>
    <message>
        <source>Goes to the next page. Enter does the same.</source>
        <translation>Passe à la page suivante. La touche Entrée fait de même.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Auto-contrôle</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1 The routine goes on; check the data folder in Settings.</source>
        <translation>Votre progression n&apos;a pas pu être enregistrée&#xa0;: %1 La routine continue&#xa0;; vérifiez le dossier de données dans les Réglages.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1 Your answers are still here; check the data folder in Settings and press Save again.</source>
        <translation>La séance n&apos;a pas pu être enregistrée&#xa0;: %1 Vos réponses sont toujours là&#xa0;; vérifiez le dossier de données dans les Réglages et appuyez de nouveau sur Enregistrer.</translation>
    </message>
    <message>
        <source>Your last check</source>
        <translation>Votre dernier contrôle</translation>
    </message>
    <message>
        <source>Give a number from 0 to 10 to go on.</source>
        <translation>Indiquez un nombre de 0 à 10 pour continuer.</translation>
    </message>
    <message>
        <source>Group %1 of %2. Rate both sides from 0 to 10 to go on.</source>
        <translation>Groupe %1 sur %2. Notez les deux côtés de 0 à 10 pour continuer.</translation>
    </message>
    <message>
        <source>Rate both sides of each group and your pain now to save.</source>
        <translation>Notez les deux côtés de chaque groupe et votre douleur maintenant pour enregistrer.</translation>
    </message>
    <message>
        <source>This stop could not be kept in your history: %1 The advice below still holds; check the data folder in Settings.</source>
        <translation>Cet arrêt n’a pas pu être gardé dans votre historique&#xa0;: %1 Le conseil ci-dessous reste valable&#xa0;; vérifiez le dossier de données dans les Réglages.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routine done.&lt;/b&gt; Well done. Now rate both sides of each group you released again, set up as before, to see whether the gap shrank.</source>
        <translation>&lt;b&gt;Routine terminée.&lt;/b&gt; Bravo. Notez maintenant de nouveau les deux côtés de chaque groupe relâché, installé comme avant, pour voir si l&apos;écart a diminué.</translation>
    </message>
    <message>
        <source>Routine done</source>
        <translation>Routine terminée</translation>
    </message>
</context>
<context>
    <name>tightside::gui::CheckStepper</name>
    <message>
        <source>Where you are in the check</source>
        <translation>Où vous en êtes dans le contrôle</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>Étape %1 sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Every step of this check is done.</source>
        <translation>Toutes les étapes de ce contrôle sont faites.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Tests %1 of %2</source>
        <translation>Tests %1 sur %2</translation>
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
        <translation>Recontrôle</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Disclosure</name>
    <message>
        <source>Shows or hides the reasons. Space opens and closes them.</source>
        <translation>Affiche ou masque les raisons. La barre d&apos;espace les ouvre et les ferme.</translation>
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
        <translation>%1&#xa0;: facultatif</translation>
    </message>
    <message>
        <source>Self-test: %1</source>
        <translation>Test&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Ce qu&apos;il faut comparer</translation>
    </message>
    <message>
        <source>Picture of the %1 coming soon.</source>
        <translation>Une image de %1 arrive bientôt.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>The drawing shows the left side; do the right side the same way.</source>
        <translation>Le dessin montre le côté gauche&#xa0;; faites le côté droit de la même façon.</translation>
    </message>
    <message>
        <source>STOP: nerve signs</source>
        <translatorcomment>signe nerveux : terme fixe, le même partout, protocole compris.</translatorcomment>
        <translation>STOP&#xa0;: signes nerveux</translation>
    </message>
    <message>
        <source>I did the optional %1 test today</source>
        <translation>J&apos;ai fait le test facultatif de %1 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tick to rate both sides. Leave empty to skip this test today.</source>
        <translation>Cochez pour noter les deux côtés. Laissez vide pour sauter ce test aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 tightness</source>
        <extracomment>What a pair of ratings rates, for screen readers: &quot;quadriceps tightness&quot;.</extracomment>
        <translation>Tension&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lit: the tighter side, %1 %2.</source>
        <translation>En surbrillance&#xa0;: le côté le plus tendu, %2 (%1).</translation>
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
        <translation>Un dessin de ce test (%1), fait du côté gauche. Pour le côté droit, faites la même chose, comme dans un miroir.</translation>
    </message>
    <message>
        <source>Stop the test if you notice any of these.</source>
        <translation>Arrêtez le test si vous remarquez l&apos;un de ces signes.</translation>
    </message>
    <message>
        <source>Marked: %1 on both sides.</source>
        <translation>Marqué&#xa0;: %1 des deux côtés.</translation>
    </message>
    <message>
        <source>Measure from a photo (optional)</source>
        <translation>Mesurer sur une photo (facultatif)</translation>
    </message>
    <message>
        <source>A photo of the test position gives an angle in degrees for each side: a measure beside your feeling. Your ratings still decide the plan.</source>
        <translation>Une photo de la position du test donne un angle en degrés pour chaque côté : une mesure à côté de votre ressenti. Vos notes décident toujours du plan.</translation>
    </message>
    <message>
        <source>Measure left…</source>
        <translation>Mesurer à gauche…</translation>
    </message>
    <message>
        <source>Measure right…</source>
        <translation>Mesurer à droite…</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Gauche : %1</translation>
    </message>
    <message>
        <source>Left: not measured</source>
        <translation>Gauche : pas mesuré</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Droite : %1</translation>
    </message>
    <message>
        <source>Right: not measured</source>
        <translation>Droite : pas mesuré</translation>
    </message>
    <message>
        <source>Measure both sides, set up the same way, to compare them.</source>
        <translation>Mesurez les deux côtés avec la même installation pour les comparer.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the measured gap, then the notice</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Opens the measuring page for the left side: the setup, then the photo and its landmarks.</source>
        <translation>Ouvre la page de mesure du côté gauche : d&apos;abord l&apos;installation, puis la photo et ses repères.</translation>
    </message>
    <message>
        <source>Opens the measuring page for the right side: the setup, then the photo and its landmarks.</source>
        <translation>Ouvre la page de mesure du côté droit : d&apos;abord l&apos;installation, puis la photo et ses repères.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryChart</name>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sessions with this measure yet.</source>
        <translation>Pas encore de séances avec cette mesure.</translation>
    </message>
    <message>
        <source>%1. First: %2 before, %3 after. Latest: %4 before, %5 after.</source>
        <translation>%1. Première&#xa0;: %2 avant, %3 après. Dernière&#xa0;: %4 avant, %5 après.</translation>
    </message>
    <message>
        <source>before (dashed, dots)</source>
        <translation>avant (tirets, points)</translation>
    </message>
    <message>
        <source>after (solid, squares)</source>
        <translation>après (trait plein, carrés)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>hatched: balanced, a gap under %1</source>
        <translation>hachuré&#xa0;: équilibré, un écart inférieur à %1</translation>
    </message>
    <message numerus="yes">
        <source>your ratings, %n session(s)</source>
        <translation>
            <numerusform>vos notes, %n séance</numerusform>
            <numerusform>vos notes, %n séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryDashboard</name>
    <message>
        <source>Am I getting better?</source>
        <translation>Est-ce que je vais mieux&#xa0;?</translation>
    </message>
    <message>
        <source>In each chart: %1 at the start of a session (dashed line), %2 after its routine (solid line); the hatched band is balanced, a gap under %3. A change counts only at %4 points or more.</source>
        <translation>Dans chaque graphique : %1 au début d&apos;une séance (ligne en tirets), %2 après sa routine (ligne pleine) ; la bande hachurée est l&apos;équilibre, un écart inférieur à %3. Un changement ne compte qu&apos;à partir de %4 points.</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Mal de dos</translation>
    </message>
    <message>
        <source>At the start: %1 first, %2 now (0 to 10).</source>
        <translation>Au début : %1 la première fois, %2 maintenant (0 à 10).</translation>
    </message>
    <message>
        <source>Gap between left and right: %1</source>
        <translation>Écart entre gauche et droite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gap at the start: %1 first, %2 now.</source>
        <translation>Écart au début&#xa0;: %1 la première fois, %2 maintenant.</translation>
    </message>
    <message>
        <source>Measured: %1° first, %2° now (a change counts from %3°): %4.</source>
        <translation>Mesuré : %1° la première fois, %2° maintenant (un changement compte à partir de %3°) : %4.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryModel</name>
    <message>
        <source>%1 of %2 (%3 stopped for pain)</source>
        <translation>%1 sur %2 (%3 arrêtées pour douleur)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Pas de notes</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Stopped by a red flag: see a clinician today</source>
        <translation>Arrêté par un signe d’alerte&#xa0;: consultez un soignant aujourd’hui</translation>
    </message>
    <message>
        <source>Stopped by a red flag: see a clinician soon</source>
        <translation>Arrêté par un signe d’alerte&#xa0;: consultez un soignant bientôt</translation>
    </message>
</context>
<context>
    <name>tightside::gui::HistoryPage</name>
    <message>
        <source>Open the &amp;quarantine folder</source>
        <translation>Ouvrir le dossier de &amp;quarantaine</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Up and Down choose a session; its details show below the table.</source>
        <translation>Haut et Bas choisissent une séance&#xa0;; ses détails s&apos;affichent sous le tableau.</translation>
    </message>
    <message>
        <source>Pick a session to see its details.</source>
        <translation>Choisissez une séance pour voir ses détails.</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>The gap between left and right of one group, or back pain, across your sessions.</source>
        <translation>L&apos;écart entre gauche et droite d&apos;un groupe, ou le mal de dos, au fil de vos séances.</translation>
    </message>
    <message>
        <source>Gap between left and right: %1</source>
        <translation>Écart entre gauche et droite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back pain, before and after</source>
        <translation>Mal de dos, avant et après</translation>
    </message>
    <message>
        <source>Reading your sessions</source>
        <translation>Lecture de vos séances</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Export C&amp;SV</source>
        <translation>Exporter en C&amp;SV</translation>
    </message>
    <message>
        <source>Export &amp;JSON</source>
        <translation>Exporter en &amp;JSON</translation>
    </message>
    <message>
        <source>Export P&amp;DF</source>
        <translation>Exporter en P&amp;DF</translation>
    </message>
    <message>
        <source>Saves every session to a %1 file you choose.</source>
        <translation>Enregistre toutes les séances dans un fichier %1 de votre choix.</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>Shows the folder with your session files in the file manager.</source>
        <translation>Montre le dossier de vos fichiers de séances dans le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>Could not open the folder. It is: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier. Il se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading your sessions...</source>
        <translation>Lecture de vos séances...</translation>
    </message>
    <message>
        <source>Reading your sessions: %1 of %2...</source>
        <translation>Lecture de vos séances&#xa0;: %1 sur %2...</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>L&apos;historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sessions saved yet.</source>
        <translation>Aucune séance enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your sessions will show here once you save one.</source>
        <translation>Vos séances s&apos;afficheront ici dès que vous en enregistrerez une.</translation>
    </message>
    <message>
        <source>This session cannot be shown: %1</source>
        <translation>Cette séance ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history is not loaded.</source>
        <translation>L&apos;historique n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>Exporting your history...</source>
        <translation>Export de votre historique...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting your history: %1 of %2 sessions read.</source>
        <translation>Export de votre historique&#xa0;: %1 séances lues sur %2.</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 sessions read...</source>
        <translation>Export&#xa0;: %1 séances lues sur %2...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Annulation de l&apos;export...</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>1 file could not be read and is kept in the quarantine folder. Every readable session still shows.</source>
        <translation>1 fichier n&apos;a pas pu être lu et est gardé dans le dossier de quarantaine. Toutes les séances lisibles s&apos;affichent toujours.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and are kept in the quarantine folder. Every readable session still shows.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu et est gardé dans le dossier de quarantaine. Toutes les séances lisibles s&apos;affichent toujours.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus et sont gardés dans le dossier de quarantaine. Toutes les séances lisibles s&apos;affichent toujours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your course so far</source>
        <translation>Votre parcours jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Export FHI&amp;R</source>
        <translation>Exporter en FHI&amp;R</translation>
    </message>
    <message>
        <source>Your progress and your sessions</source>
        <translation>Vos progrès et vos séances</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll. Tab goes to the course, the table and the buttons.</source>
        <translation>Page préc. et Page suiv. font défiler. Tab va au parcours, au tableau et aux boutons.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Nom sur le rapport</translation>
    </message>
    <message>
        <source>Your name for the report&apos;s header, so your clinician knows whose it is. Leave it empty to write it in by hand. Tightside does not keep it.</source>
        <translation>Votre nom pour l’en-tête du rapport, afin que votre soignant sache à qui il appartient. Laissez vide pour l’écrire à la main. Tightside ne le garde pas.</translation>
    </message>
    <message>
        <source>Your name for the file, so the clinic&apos;s system knows whose data it is. Leave it empty and the file names nobody. Tightside does not keep it.</source>
        <translation>Votre nom pour le fichier, afin que le système du cabinet sache à qui sont les données. Laissez vide et le fichier ne nomme personne. Tightside ne le garde pas.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Historymodel</name>
    <message>
        <source>&lt;b&gt;Session of %1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Séance du %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Back pain: %1 before</source>
        <translation>Mal de dos&#xa0;: %1 avant</translation>
    </message>
    <message>
        <source>, %1 after.</source>
        <translation>, %1 après.</translation>
    </message>
    <message>
        <source> before left %1, right %2</source>
        <translation> avant gauche %1, droite %2</translation>
    </message>
    <message>
        <source>; after left %1, right %2</source>
        <translation>&#xa0;; après gauche %1, droite %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation>Étapes terminées</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Largest gap before</source>
        <translation>Plus grand écart avant</translation>
    </message>
    <message>
        <source>Largest gap after</source>
        <translation>Plus grand écart après</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Left %1, %2: %3</source>
        <translation>%1, côté gauche, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Right %1, %2: %3</source>
        <translation>%1, côté droit, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The check stopped at the screening questions: Tightside advised you to see a clinician today because of these answers:</source>
        <translation>La contrôle s’est arrêté aux questions de sécurité&#xa0;: Tightside vous a conseillé de consulter un soignant aujourd’hui à cause de ces réponses&#xa0;:</translation>
    </message>
    <message>
        <source>The check stopped at the screening questions: Tightside advised you to see a clinician soon because of these answers:</source>
        <translation>La contrôle s’est arrêté aux questions de sécurité&#xa0;: Tightside vous a conseillé de consulter bientôt un soignant à cause de ces réponses&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tightside::gui::LogButtons</name>
    <message>
        <source>C&amp;opy log</source>
        <translation>C&amp;opier le journal</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Copies Tightside&apos;s log to the clipboard, for a bug report. The log holds what the app did and why something failed, never your ratings, answers or notes.</source>
        <translation>Copie le journal de Tightside dans le presse-papiers, pour un rapport de bogue. Le journal contient ce que l&apos;application a fait et pourquoi quelque chose a échoué, jamais vos notes, réponses ou remarques.</translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation>Ouvrir le &amp;dossier du journal</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Opens the folder that holds Tightside&apos;s log files in your file manager.</source>
        <translation>Ouvre le dossier des fichiers journaux de Tightside dans votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>There is no log yet: nothing was copied.</source>
        <translation>Il n&apos;y a pas encore de journal&#xa0;: rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The log was copied: paste it into your bug report.</source>
        <translation>Le journal a été copié&#xa0;: collez-le dans votre rapport de bogue.</translation>
    </message>
    <message>
        <source>There is no log folder yet.</source>
        <translation>Il n&apos;y a pas encore de dossier de journal.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Le dossier du journal n&apos;a pas pu être ouvert. Il se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MainWindow</name>
    <message>
        <source>Places: Check, History, Settings, About</source>
        <translation>Espaces&#xa0;: Contrôle, Historique, Réglages, À propos</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next place.</source>
        <translation>Ctrl+Tab passe à l&apos;espace suivant.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Contrôle</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>A new self-check: safety questions, both sides of each leg group, your plan and the routine.</source>
        <translation>Un nouvel auto-contrôle&#xa0;: questions de sécurité, les deux côtés de chaque groupe des jambes, votre plan et la routine.</translation>
    </message>
    <message>
        <source>Every saved session, a chart of your gaps, and exports.</source>
        <translation>Chaque séance enregistrée, un graphique de vos écarts et des exports.</translation>
    </message>
    <message>
        <source>Data folder, voice, step length and protocol.</source>
        <translation>Dossier de données, voix, durée des étapes et protocole.</translation>
    </message>
    <message>
        <source>The method in plain words, how sure it is, and what Tightside is not.</source>
        <translation>La méthode en mots simples, son degré de certitude, et ce que Tightside n&apos;est pas.</translation>
    </message>
    <message>
        <source>Welcome to Tightside</source>
        <translation>Bienvenue dans Tightside</translation>
    </message>
    <message>
        <source>What Tightside is</source>
        <translation>Ce qu&apos;est Tightside</translation>
    </message>
    <message>
        <source>What the app does, what it is not, and how sure the method is.</source>
        <translation>Ce que fait l&apos;application, ce qu&apos;elle n&apos;est pas, et le degré de certitude de la méthode.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What this is.&lt;/b&gt; A guide for a tight or aching low back that starts with the legs. You test both sides of five leg muscle groups, and the app finds the tighter side of each. Then it walks you through releasing only that side with a foam roller or a ball, step by step, with a timer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it is not.&lt;/b&gt; It is not medical advice and it does not diagnose. It never works on the low back, the buttocks or the spine. Some answers will send you to a doctor first instead of giving you a routine.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How sure is this?&lt;/b&gt; The idea comes from one practitioner&apos;s experience over several years and about a thousand sessions. It has not been tested in clinical trials. Try it, watch whether the gap between your sides shrinks, and stop if pain rises.&lt;/p&gt;&lt;p&gt;Everything you enter stays on this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que c&apos;est.&lt;/b&gt; Un guide pour un bas du dos tendu ou douloureux, qui commence par les jambes. Vous testez les deux côtés de cinq groupes musculaires des jambes, et l&apos;application trouve le côté le plus tendu de chacun. Puis elle vous guide pas à pas, avec un minuteur, pour relâcher seulement ce côté avec un rouleau en mousse ou une balle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce que ce n&apos;est pas.&lt;/b&gt; Ce n&apos;est pas un avis médical et cela ne pose pas de diagnostic. L&apos;application ne travaille jamais le bas du dos, les fesses ou la colonne vertébrale. Certaines réponses vous enverront d&apos;abord chez un médecin au lieu de vous donner une routine.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quel degré de certitude&#xa0;?&lt;/b&gt; L&apos;idée vient de l&apos;expérience d&apos;un praticien sur plusieurs années et environ mille séances. Elle n&apos;a pas été testée dans des essais cliniques. Essayez, regardez si l&apos;écart entre vos côtés se réduit, et arrêtez-vous si la douleur augmente.&lt;/p&gt;&lt;p&gt;Tout ce que vous saisissez reste sur cet ordinateur, sauf si vous l&apos;exportez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I understand: &amp;start</source>
        <translation>J&apos;ai compris&#xa0;: &amp;commencer</translation>
    </message>
    <message>
        <source>About Tightside</source>
        <translation>À propos de Tightside</translation>
    </message>
    <message>
        <source>The method, the evidence behind it and what Tightside is not. The arrow keys scroll.</source>
        <translation>La méthode, les preuves derrière elle et ce que Tightside n&apos;est pas. Les flèches font défiler.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The method in plain words&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Answer the safety questions first. Some answers mean: see a doctor, no routine.&lt;/li&gt;&lt;li&gt;Test both sides of five leg groups: front of the thigh, front of the hip, inner thigh, outer thigh, back of the thigh. Rate each side from 0 to 10.&lt;/li&gt;&lt;li&gt;Where one side is tighter by %2 or more, release only that side. Equal tightness on both sides, however high, counts as balanced.&lt;/li&gt;&lt;li&gt;Check both sides again after the routine. Over one to six sessions the gap should shrink.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Never on the list&lt;/h3&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;h3&gt;How good is the evidence?&lt;/h3&gt;&lt;p&gt;The approach comes from one practitioner&apos;s experience (several years, about a thousand sessions), not from clinical trials. Tightside explains every decision it makes, so you can judge for yourself.&lt;/p&gt;&lt;h3&gt;Not medical advice&lt;/h3&gt;&lt;p&gt;Tightside does not diagnose or treat any condition. If pain rises during a release, stop. If you are worried, see a doctor or physiotherapist.&lt;/p&gt;&lt;p&gt;Protocol: %4, version %5. Tightside version %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;La méthode en mots simples&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Répondez d&apos;abord aux questions de sécurité. Certaines réponses signifient&#xa0;: voir un médecin, pas de routine.&lt;/li&gt;&lt;li&gt;Testez les deux côtés de cinq groupes des jambes&#xa0;: avant de la cuisse, avant de la hanche, intérieur de la cuisse, extérieur de la cuisse, arrière de la cuisse. Notez chaque côté de 0 à 10.&lt;/li&gt;&lt;li&gt;Là où un côté est plus tendu de %2 ou plus, relâchez seulement ce côté. Une tension égale des deux côtés, même forte, compte comme équilibrée.&lt;/li&gt;&lt;li&gt;Contrôlez de nouveau les deux côtés après la routine. En une à six séances, l&apos;écart devrait se réduire.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Jamais sur la liste&lt;/h3&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;h3&gt;Quelle est la qualité des preuves&#xa0;?&lt;/h3&gt;&lt;p&gt;L&apos;approche vient de l&apos;expérience d&apos;un praticien (plusieurs années, environ mille séances), pas d&apos;essais cliniques. Tightside explique chaque décision qu&apos;il prend, pour que vous puissiez juger par vous-même.&lt;/p&gt;&lt;h3&gt;Pas un avis médical&lt;/h3&gt;&lt;p&gt;Tightside ne diagnostique ni ne traite aucune maladie. Si la douleur augmente pendant un relâchement, arrêtez-vous. Si vous êtes inquiet, consultez un médecin ou un kinésithérapeute.&lt;/p&gt;&lt;p&gt;Protocole&#xa0;: %4, version %5. Tightside version %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>You did not finish the session started %1 (%2 of %3 steps logged). Nothing of it is lost.</source>
        <translation>Vous n&apos;avez pas fini la séance commencée le %1 (%2 étapes notées sur %3). Rien n&apos;en est perdu.</translation>
    </message>
    <message>
        <source>Close Tightside?</source>
        <translation>Fermer Tightside&#xa0;?</translation>
    </message>
    <message>
        <source>Your routine is saved as it goes. Next time you can resume it or check both sides and save.</source>
        <translation>Votre routine est enregistrée au fur et à mesure. La prochaine fois, vous pourrez la reprendre ou contrôler les deux côtés et enregistrer.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Your protocol file could not be loaded, so the built-in protocol is in use. Settings lists the problems.</source>
        <translation>Votre fichier de protocole n&apos;a pas pu être chargé&#xa0;: le protocole intégré est utilisé. Les Réglages listent les problèmes.</translation>
    </message>
    <message>
        <source>&amp;Resume the routine</source>
        <translation>&amp;Reprendre la routine</translation>
    </message>
    <message>
        <source>Check both sides and sa&amp;ve</source>
        <translation>Contrôler les deux côtés et &amp;enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;L&apos;abandonner</translation>
    </message>
    <message>
        <source>Discard the unfinished session?</source>
        <translation>Abandonner la séance inachevée&#xa0;?</translation>
    </message>
    <message>
        <source>The steps logged in it will not be saved to your history.</source>
        <translation>Les étapes notées dans cette séance ne seront pas enregistrées dans votre historique.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Your routine is saved as it goes. After the change, Tightside offers any unfinished session in the data folder in use, to resume it or to check both sides and save.</source>
        <translation>Votre routine est enregistrée au fur et à mesure. Après le changement, Tightside propose toute séance inachevée du dossier de données utilisé, pour la reprendre ou pour contrôler les deux côtés et enregistrer.</translation>
    </message>
    <message>
        <source>The answers of this check are not saved yet; they will be lost.</source>
        <translation>Les réponses de ce contrôle ne sont pas encore enregistrées&#xa0;; elles seront perdues.</translation>
    </message>
    <message>
        <source>Stop this check and change the setting?</source>
        <translation>Arrêter ce contrôle et changer le réglage&#xa0;?</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Le changer</translation>
    </message>
    <message>
        <source>Keep the check</source>
        <translation>Garder le contrôle</translation>
    </message>
    <message>
        <source>The place shown</source>
        <translation>L&apos;espace affiché</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureCanvas</name>
    <message>
        <source>The photo to measure. Tap each landmark in turn, or use the arrow keys to move the crosshair (with Shift for big steps), Enter to place the landmark and Backspace to undo the last one. Drag a landmark to adjust it.</source>
        <translation>La photo à mesurer. Touchez chaque repère dans l&apos;ordre, ou déplacez la croix avec les flèches (avec Maj par grands pas), Entrée pour placer le repère et Retour arrière pour annuler le dernier. Faites glisser un repère pour l&apos;ajuster.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasureDialog</name>
    <message>
        <source>Measure the left %1</source>
        <translation>Mesurer le côté gauche : %1</translation>
    </message>
    <message>
        <source>Measure the right %1</source>
        <translation>Mesurer le côté droit : %1</translation>
    </message>
    <message>
        <source>The landmarks, in the order you will tap them:</source>
        <translation>Les repères, dans l&apos;ordre où vous les toucherez :</translation>
    </message>
    <message>
        <source>Open a photo…</source>
        <translation>Ouvrir une photo…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo of the test position.</source>
        <translation>Choisissez une photo JPEG ou PNG de la position du test.</translation>
    </message>
    <message>
        <source>How to take the photo</source>
        <translation>Comment prendre la photo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler le dernier</translation>
    </message>
    <message>
        <source>Takes back the last landmark.</source>
        <translation>Retire le dernier repère.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Takes back every landmark on this photo.</source>
        <translation>Retire tous les repères de cette photo.</translation>
    </message>
    <message>
        <source>Open another photo…</source>
        <translation>Ouvrir une autre photo…</translation>
    </message>
    <message>
        <source>Show the setup</source>
        <translation>Voir l&apos;installation</translation>
    </message>
    <message>
        <source>Use this angle</source>
        <translation>Garder cet angle</translation>
    </message>
    <message>
        <source>Open a photo of the test</source>
        <translation>Ouvrir une photo du test</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Take the photo with this computer&apos;s camera: its self-timer gives you %n seconds to lie down in position. Or take it with a phone or another camera (a helper or a self-timer), copy it to this computer and open it here. Only the landmarks and the angle are kept, not the photo, unless you chose to keep photos in Settings.</source>
        <translation>
            <numerusform>Prenez la photo avec la caméra de cet ordinateur&#xa0;: son retardateur vous laisse %n seconde pour vous mettre en position. Ou prenez-la avec un téléphone ou un autre appareil (avec une aide ou un retardateur), copiez-la sur cet ordinateur et ouvrez-la ici. Seuls les repères et l&apos;angle sont gardés, pas la photo, sauf si vous avez choisi de garder les photos dans les Réglages.</numerusform>
            <numerusform>Prenez la photo avec la caméra de cet ordinateur&#xa0;: son retardateur vous laisse %n secondes pour vous mettre en position. Ou prenez-la avec un téléphone ou un autre appareil (avec une aide ou un retardateur), copiez-la sur cet ordinateur et ouvrez-la ici. Seuls les repères et l&apos;angle sont gardés, pas la photo, sauf si vous avez choisi de garder les photos dans les Réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a photo with the camera…</source>
        <translation>Prendre une photo avec la caméra…</translation>
    </message>
    <message>
        <source>Shows the camera&apos;s picture, then takes the photo with a self-timer.</source>
        <translation>Affiche l&apos;image de la caméra, puis prend la photo avec un retardateur.</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Takes a new photo with the camera.</source>
        <translation>Prend une nouvelle photo avec la caméra.</translation>
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
        <translation>Ce fichier ne peut pas être lu comme une photo. Ouvrez une photo JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Open a photo of the test position to place the landmarks.</source>
        <translation>Ouvrez une photo de la position du test pour placer les repères.</translation>
    </message>
    <message>
        <source>Landmark %1 of %2: %3.</source>
        <extracomment>Which landmark to tap or place next: &quot;Landmark 2 of 4: the bony point on the outside of the hip.&quot;</extracomment>
        <translation>Repère %1 sur %2 : %3.</translation>
    </message>
    <message>
        <source>Angle: %1. Drag a landmark to adjust it, or press Backspace to undo the last one.</source>
        <extracomment>Every landmark is placed: the angle, then what can be done.</extracomment>
        <translation>Angle : %1. Faites glisser un repère pour l&apos;ajuster, ou appuyez sur Retour arrière pour annuler le dernier.</translation>
    </message>
    <message>
        <source>Two landmarks lie on the same spot, so no angle can be measured. Press Backspace and place them again.</source>
        <translation>Deux repères sont au même endroit : aucun angle ne peut être mesuré. Appuyez sur Retour arrière et placez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MeasurePhotos</name>
    <message>
        <source>The photos could not be kept: the folder %1 cannot be made.</source>
        <translation>Les photos n&apos;ont pas pu être gardées : le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>A photo could not be kept: %1</source>
        <translation>Une photo n&apos;a pas pu être gardée : %1</translation>
    </message>
</context>
<context>
    <name>tightside::gui::MinutesPage</name>
    <message>
        <source>Time for today (optional)</source>
        <translation>Temps pour aujourd&apos;hui (facultatif)</translation>
    </message>
    <message>
        <source>If you are short of time, say how many minutes you have. The plan keeps the most important steps and saves the rest for next time.</source>
        <translation>Si vous manquez de temps, dites combien de minutes vous avez. Le plan garde les étapes les plus importantes et garde le reste pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Limit today&apos;s releases to</source>
        <translation>Limiter les relâchements d&apos;aujourd&apos;hui à</translation>
    </message>
    <message>
        <source>Tick to set a time limit. The plan keeps the most important steps.</source>
        <translation>Cochez pour fixer une limite de temps. Le plan garde les étapes les plus importantes.</translation>
    </message>
    <message>
        <source> minutes</source>
        <extracomment>The unit after the number in the minutes box, with its leading space.</extracomment>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Minutes for today</source>
        <translation>Minutes pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes.</source>
        <translation>De %1 à %2 minutes.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Page</name>
    <message>
        <source>The page. If it is taller than the window, the arrow keys scroll it.</source>
        <translation>La page. Si elle est plus haute que la fenêtre, les flèches la font défiler.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PainPage</name>
    <message>
        <source>Your back pain right now</source>
        <translation>Votre mal de dos en ce moment</translation>
    </message>
    <message>
        <source>How much does your back hurt at this moment, from 0 (no pain) to 10 (the worst pain you can imagine)?</source>
        <translation>À quel point votre dos a-t-il mal en ce moment, de 0 (aucune douleur) à 10 (la pire douleur imaginable)&#xa0;?</translation>
    </message>
    <message>
        <source>PAIN NOW</source>
        <translation>DOULEUR MAINTENANT</translation>
    </message>
    <message>
        <source>Back pain now, 0 none to 10 extreme</source>
        <translation>Mal de dos maintenant, de 0 aucun à 10 extrême</translation>
    </message>
    <message>
        <source>My back flared up in the last few days (a sudden, stronger bout of pain)</source>
        <translatorcomment>flare-up = poussée de douleur, toujours pareil.</translatorcomment>
        <translation>J&apos;ai eu une poussée de mal de dos ces derniers jours (une douleur soudaine et plus forte)</translation>
    </message>
    <message>
        <source>Tick for yes. The plan then uses gentler pressure and shorter holds.</source>
        <translation>Cochez pour oui. Le plan utilise alors une pression plus douce et des maintiens plus courts.</translation>
    </message>
    <message>
        <source>During a flare-up the plan still works only on the legs, with gentler pressure and shorter holds. The hips and back are left alone on purpose.</source>
        <translation>Pendant une poussée de douleur, le plan travaille toujours seulement sur les jambes, avec une pression plus douce et des maintiens plus courts. Les hanches et le dos sont laissés de côté exprès.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PlanPage</name>
    <message>
        <source>Your plan for today</source>
        <translation>Votre plan pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Votre plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>step title, hold</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing to release today</source>
        <translation>Rien à relâcher aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Balanced (no release needed)</source>
        <translation>Équilibré (aucun relâchement nécessaire)</translation>
    </message>
    <message>
        <source>%1: the two sides differ by less than %2.</source>
        <translation>%1&#xa0;: les deux côtés diffèrent de moins de %2.</translation>
    </message>
    <message>
        <source>Next time (did not fit today&apos;s minutes)</source>
        <translation>La prochaine fois (ne tenait pas dans les minutes d&apos;aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Step %1 body map: %2</source>
        <translation>Carte du corps de l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Never worked on</source>
        <translation>Jamais travaillé</translation>
    </message>
    <message>
        <source>Body map of the never-regions</source>
        <translation>Carte du corps des zones jamais travaillées</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show the &amp;rules behind this plan</source>
        <translation>Afficher les rè&amp;gles de ce plan</translation>
    </message>
    <message>
        <source>&amp;Print today&apos;s routine...</source>
        <translation>&amp;Imprimer la routine du jour...</translation>
    </message>
    <message>
        <source>Print today&apos;s routine</source>
        <translation>Imprimer la routine du jour</translation>
    </message>
    <message>
        <source>Saves a one-page PDF of today&apos;s steps, holds and how to do them, to print for the floor.</source>
        <translation>Enregistre un PDF d&apos;une page avec les étapes du jour, leurs maintiens et comment les faire, à imprimer pour l&apos;avoir au sol.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Routine non enregistrée</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Today&apos;s routine is saved as %1, ready to print.</source>
        <translation>La routine du jour est enregistrée sous %1, prête à imprimer.</translation>
    </message>
    <message>
        <source>Adds the method&apos;s rules for each step, each in plain words, and why each place is never worked on.</source>
        <translation>Ajoute les règles de la méthode pour chaque étape, chacune en mots simples, et pourquoi chaque zone n’est jamais travaillée.</translation>
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
        <translation>Une carte par étape, dans l&apos;ordre, avec le côté, le maintien et vos notes, puis ce qui est équilibré et ce qui n&apos;est jamais travaillé. Page précédente et Page suivante font défiler.</translation>
    </message>
    <message>
        <source>About %1 min in all: %2 of holds and a %3 lead-in before each.</source>
        <translation>Environ %1 min en tout&#xa0;: %2 de maintien et %3 de préparation avant chacun.</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <comment>step number, side and group, hold</comment>
        <translation>Étape %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, group</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Hold for %1, gently: discomfort no more than %2 out of 10.</source>
        <translation>Maintenez %1, doucement&#xa0;: inconfort de %2 sur 10 au plus.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>Maintenez %1.</translation>
    </message>
    <message>
        <source>You rated left %1, right %2: a gap of %3.</source>
        <translation>Vous avez noté gauche %1, droite %2&#xa0;: un écart de %3.</translation>
    </message>
    <message>
        <source>Why this step</source>
        <translation>Pourquoi cette étape</translation>
    </message>
    <message>
        <source>Shows or hides why step %1 is in the plan. Space opens and closes it.</source>
        <translation>Affiche ou masque pourquoi l&apos;étape %1 est dans le plan. La barre d&apos;espace l&apos;ouvre et la ferme.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place never worked on: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Why they are left alone</source>
        <translation>Pourquoi on n&apos;y touche pas</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Player</name>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
</context>
<context>
    <name>tightside::gui::PlayerPage</name>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Press Space or Resume to go on.</source>
        <translation>Appuyez sur Espace ou sur Reprendre pour continuer.</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <source>Going on where you paused.</source>
        <translation>On reprend là où vous avez fait une pause.</translation>
    </message>
    <message>
        <source>Get into position. The hold starts when this reaches 0.</source>
        <translation>Mettez-vous en position. Le maintien commence quand ceci arrive à 0.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MAINTENEZ</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>Rest. The next step starts soon.</source>
        <translation>Reposez-vous. L&apos;étape suivante commence bientôt.</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>ARRÊTÉ</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>FINI</translation>
    </message>
    <message>
        <source>Stopped: pain was rising</source>
        <translation>Arrêté&#xa0;: la douleur augmentait</translation>
    </message>
    <message>
        <source>Ease off and lie still for a minute. Rising pain means stop, not push through.

If the pain settles, you may go on with the next step using lighter pressure. If it stays, or you feel tingling, numbness or pain running down the leg, stop for today and check the pain again later. This step is saved as stopped for pain.</source>
        <translation>Relâchez et restez immobile une minute. Une douleur qui augmente veut dire arrêter, pas forcer.

Si la douleur se calme, vous pouvez continuer avec l&apos;étape suivante en appuyant moins fort. Si elle reste, ou si vous sentez des picotements, un engourdissement ou une douleur qui descend dans la jambe, arrêtez pour aujourd&apos;hui et réévaluez la douleur plus tard. Cette étape est enregistrée comme arrêtée pour douleur.</translation>
    </message>
    <message>
        <source>Go on with the &amp;next step</source>
        <translation>Continuer avec l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Finish and check both sides</source>
        <translation>&amp;Terminer et contrôler les deux côtés</translation>
    </message>
    <message>
        <source>Back (Left arrow)</source>
        <translation>Retour (flèche gauche)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Skip (Right arrow)</source>
        <translation>Passer (flèche droite)</translation>
    </message>
    <message>
        <source>Pain is rising: stop (P)</source>
        <translation>La douleur augmente&#xa0;: arrêter (P)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translatorcomment>player = lecteur de la routine.</translatorcomment>
        <translation>Lecteur de la routine</translation>
    </message>
    <message>
        <source>Keys: Space pauses or resumes, Left arrow goes back a step, Right arrow skips, P stops for pain, Esc leaves, Page Up and Page Down scroll the steps.</source>
        <translation>Touches&#xa0;: Espace met en pause ou reprend, flèche gauche revient d&apos;une étape, flèche droite passe, P arrête pour douleur, Échap quitte, Page précédente et Page suivante font défiler les étapes.</translation>
    </message>
    <message>
        <source>Only if the pain has settled. Use lighter pressure.</source>
        <translation>Seulement si la douleur s&apos;est calmée. Appuyez moins fort.</translation>
    </message>
    <message>
        <source>Ends the routine now. Then you rate both sides again.</source>
        <translation>Termine la routine maintenant. Ensuite, vous notez de nouveau les deux côtés.</translation>
    </message>
    <message>
        <source>Leave the routine?</source>
        <translation>Quitter la routine&#xa0;?</translation>
    </message>
    <message>
        <source>What you have done so far is kept. You will go on to check both sides of what you released.</source>
        <translation>Ce que vous avez fait jusqu&apos;ici est gardé. Vous passerez ensuite au contrôle des deux côtés de ce que vous avez relâché.</translation>
    </message>
    <message>
        <source>Leave and check both sides</source>
        <translation>Quitter et contrôler les deux côtés</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Voix activée</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep off:&lt;/b&gt;</source>
        <translation>&lt;b&gt;À éviter&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Picture of the %1 coming soon.</source>
        <translation>Une image de %1 arrive bientôt.</translation>
    </message>
    <message>
        <source>Picture: %1, %2 side</source>
        <translation>Image&#xa0;: %1, côté %2</translation>
    </message>
    <message>
        <source>A drawing of the %1 on the %2 side.</source>
        <translation>Un dessin de «&#xa0;%1&#xa0;» du côté %2.</translation>
    </message>
    <message>
        <source>Lit with a thick outline: %1 %2. %3</source>
        <translation>En surbrillance avec un contour épais&#xa0;: %2 (%1). %3</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation>%1 secondes restantes</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>technique (equipment), duration: &quot;Quadriceps roll (foam roller), 90 s&quot;</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Discomfort: %1 out of 10 or less.</source>
        <translation>Inconfort&#xa0;: %1 sur 10 ou moins.</translation>
    </message>
    <message>
        <source>Slow passes. Keep the discomfort at %1 out of 10 or less.</source>
        <translation>Passages lents. Gardez l&apos;inconfort à %1 sur 10 ou moins.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Timer: the side, the phase and the seconds left</source>
        <translation>Minuteur&#xa0;: le côté, la phase et les secondes restantes</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Goes back to the step before.</source>
        <translation>Revient à l&apos;étape précédente.</translation>
    </message>
    <message>
        <source>Pauses the step, or resumes it where it paused after a short count.</source>
        <translation>Met l&apos;étape en pause, ou la reprend là où elle s&apos;était arrêtée, après un court décompte.</translation>
    </message>
    <message>
        <source>Skips this step; it is logged as skipped.</source>
        <translation>Passe cette étape&#xa0;; elle est notée comme passée.</translation>
    </message>
    <message>
        <source>Stops this step at once and says what to do next. It is logged as stopped for pain.</source>
        <translation>Arrête cette étape tout de suite et dit quoi faire ensuite. Elle est notée comme arrêtée pour douleur.</translation>
    </message>
    <message>
        <source>Asks first, then ends the routine. What you did is kept.</source>
        <translation>Demande d&apos;abord, puis termine la routine. Ce que vous avez fait est gardé.</translation>
    </message>
    <message>
        <source>Voice: starting</source>
        <translation>Voix&#xa0;: démarrage</translation>
    </message>
    <message>
        <source>What to keep off</source>
        <translation>Ce qu&apos;il faut éviter</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingBars</name>
    <message>
        <source>%1: your ratings before and after</source>
        <translation>%1&#xa0;: vos notes avant et après</translation>
    </message>
    <message>
        <source>Before the routine: left %1, right %2. After it: left %3, right %4. Out of 10.</source>
        <translation>Avant la routine&#xa0;: gauche %1, droite %2. Après&#xa0;: gauche %3, droite %4. Sur 10.</translation>
    </message>
    <message>
        <source>After the routine: left %1, right %2. Out of 10.</source>
        <translation>Après la routine&#xa0;: gauche %1, droite %2. Sur 10.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingInput</name>
    <message>
        <source>0 none</source>
        <translation>0 aucune</translation>
    </message>
    <message>
        <source>10 extreme</source>
        <translation>10 extrême</translation>
    </message>
    <message>
        <source>0 means none, 10 means extreme. A digit key sets it, End gives 10.</source>
        <translation>0 veut dire aucune, 10 veut dire extrême. Une touche de chiffre fixe la valeur, Fin donne 10.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Not answered yet. %1</source>
        <translation>Pas encore de réponse. %1</translation>
    </message>
    <message>
        <source>0 out of 10 (none)</source>
        <translation>0 sur 10 (aucune)</translation>
    </message>
    <message>
        <source>10 out of 10 (extreme)</source>
        <translation>10 sur 10 (extrême)</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 sur 10</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RatingPair</name>
    <message>
        <source>LEFT</source>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1, côté gauche</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DROITE</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1, côté droit</translation>
    </message>
    <message>
        <source>Rate both sides to see the gap.</source>
        <translation>Notez les deux côtés pour voir l&apos;écart.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::RecheckPage</name>
    <message>
        <source>Check both sides again</source>
        <translation>Contrôlez de nouveau les deux côtés</translation>
    </message>
    <message>
        <source>PAIN NOW</source>
        <translation>DOULEUR MAINTENANT</translation>
    </message>
    <message>
        <source>Back pain after the routine, 0 none to 10 extreme</source>
        <translation>Mal de dos après la routine, de 0 aucun à 10 extrême</translation>
    </message>
    <message>
        <source>How much does your back hurt now?</source>
        <translation>À quel point votre dos a-t-il mal maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Notes (optional, stay on this computer):</source>
        <translation>Notes (facultatives, restent sur cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Optional. Your notes stay on this computer. Tab moves on.</source>
        <translation>Facultatif. Vos notes restent sur cet ordinateur. Tab passe à la suite.</translation>
    </message>
    <message>
        <source>Nothing was released today, so there is nothing to check again.</source>
        <translation>Rien n&apos;a été relâché aujourd&apos;hui&#xa0;: il n&apos;y a donc rien à contrôler de nouveau.</translation>
    </message>
    <message>
        <source>%1 tightness after</source>
        <translation>Tension après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before: left %1, right %2.</source>
        <translation>Avant&#xa0;: gauche %1, droite %2.</translation>
    </message>
    <message>
        <source>Do the same self-tests as before on both sides of each group you released, and rate them again. Your first answers are shown above each pair.</source>
        <translation>Refaites les mêmes tests qu&apos;avant des deux côtés de chaque groupe relâché, et notez-les de nouveau. Vos premières réponses sont indiquées au-dessus de chaque paire.</translation>
    </message>
    <message>
        <source>Before the routine: %1 out of 10.</source>
        <translation>Avant la routine&#xa0;: %1 sur 10.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Measured before: left %1, right %2. Measure again from a photo, set up the same way (optional).</source>
        <extracomment>The angles measured before the routine: &quot;Measured before: left 123.4°, right not measured.&quot;</extracomment>
        <translation>Mesuré avant&#xa0;: gauche %1, droite %2. Mesurez de nouveau sur une photo, installée de la même façon (facultatif).</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ReminderSettingsBox</name>
    <message>
        <source>Remind me when my next check is due</source>
        <translation>Me rappeler quand mon prochain contrôle est prévu</translation>
    </message>
    <message>
        <source>Shows a desktop notification when your next check is due: at login, and at the time below while Tightside is open. It never names a group, a side or pain.</source>
        <translation>Affiche une notification du bureau quand votre prochain contrôle est prévu&#xa0;: à l’ouverture de session et, tant que Tightside est ouvert, à l’heure ci-dessous. Elle ne nomme jamais un groupe, un côté ni la douleur.</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Reminder time of day</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>The time of day the open window reminds you, when a check is due.</source>
        <translation>L’heure à laquelle la fenêtre ouverte vous le rappelle, quand un contrôle est prévu.</translation>
    </message>
    <message>
        <source>The reminder setting could not be saved: %1</source>
        <translation>Le réglage du rappel n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tightside starts at login to check whether a check is due. Untick the box to turn reminders off.</source>
        <translation>Tightside démarre à l’ouverture de session pour voir si un contrôle est prévu. Décochez la case pour désactiver les rappels.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::ScreeningPage</name>
    <message>
        <source>First, a few safety questions</source>
        <translation>D&apos;abord, quelques questions de sécurité</translation>
    </message>
    <message>
        <source>Things that change how you release</source>
        <translation>Ce qui change votre façon de relâcher</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Questions de sécurité</translation>
    </message>
    <message>
        <source>Tick anything that is true for you now. Some answers mean a doctor should see you before any release; the app will say so. Next is there once you have been through the whole list.</source>
        <translation>Cochez tout ce qui est vrai pour vous en ce moment. Certaines réponses veulent dire qu&apos;un médecin doit vous voir avant tout relâchement&#xa0;; l&apos;application vous le dira. Suivant devient disponible une fois que vous avez parcouru toute la liste.</translation>
    </message>
    <message>
        <source>Tick anything that applies. The plan will use lighter pressure, shorter holds or leave a place out, and say why.</source>
        <translation>Cochez tout ce qui s&apos;applique. Le plan utilisera une pression plus légère, des maintiens plus courts ou laissera une zone de côté, et dira pourquoi.</translation>
    </message>
    <message>
        <source>Tick for yes. Leave empty for no.</source>
        <translation>Cochez pour oui. Laissez vide pour non.</translation>
    </message>
    <message>
        <source>Needs a doctor today</source>
        <translation>Nécessite un médecin aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Needs a doctor soon</source>
        <translation>Nécessite bientôt un médecin</translation>
    </message>
    <message>
        <source>N&amp;one of these is true for me</source>
        <translation>&amp;Aucune de ces affirmations n&apos;est vraie pour moi</translation>
    </message>
    <message>
        <source>Tick when no question above is true for you now. Ticking a question clears it.</source>
        <translation>Cochez quand aucune question ci-dessus n&apos;est vraie pour vous en ce moment. Cocher une question décoche cette case.</translation>
    </message>
    <message>
        <source>Go through the whole list first: scroll or Tab to its end, or tick &quot;None of these is true for me&quot;.</source>
        <translation>Parcourez d&apos;abord toute la liste&#xa0;: faites défiler ou utilisez Tab jusqu&apos;à la fin, ou cochez «&#xa0;Aucune de ces affirmations n&apos;est vraie pour moi&#xa0;».</translation>
    </message>
    <message>
        <source>Last time you ticked the ones below. Are they still true? Untick any that no longer applies.</source>
        <translation>La dernière fois, vous avez coché celles ci-dessous. Est-ce toujours vrai&#xa0;? Décochez celles qui ne s’appliquent plus.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SeekCarePage</name>
    <message>
        <source>Cl&amp;ose this check</source>
        <translation>&amp;Fermer ce contrôle</translation>
    </message>
    <message>
        <source>Ends this check. No routine is given.</source>
        <translation>Termine ce contrôle. Aucune routine n&apos;est donnée.</translation>
    </message>
    <message>
        <source>Please get medical help today</source>
        <translation>Faites-vous soigner aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Please see a doctor soon</source>
        <translation>Consultez bientôt un médecin</translation>
    </message>
    <message>
        <source>Your answers (take this list with you):</source>
        <translation>Vos réponses (emportez cette liste avec vous)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 Yes.</source>
        <translation>%1 Oui.</translation>
    </message>
    <message>
        <source>If you ticked a box by mistake, go back and change it.</source>
        <translation>Si vous avez coché une case par erreur, revenez en arrière et modifiez-la.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Cop&amp;y the text</source>
        <translation>Cop&amp;ier le texte</translation>
    </message>
    <message>
        <source>Copies this page&apos;s words and your answers, to paste into a message or a note.</source>
        <translation>Copie le texte de cette page et vos réponses, pour les coller dans un message ou une note.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF to print...</source>
        <translation>Enregistrer en P&amp;DF pour imprimer...</translation>
    </message>
    <message>
        <source>Saves this page as a PDF file you can print and take to a doctor.</source>
        <translation>Enregistre cette page en fichier PDF à imprimer et à apporter chez un médecin.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Save this page as PDF</source>
        <translation>Enregistrer cette page en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SettingsPage</name>
    <message>
        <source>Ch&amp;oose...</source>
        <translation>Ch&amp;oisir...</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Opens a folder picker. The history is then read from the new folder.</source>
        <translation>Ouvre un sélecteur de dossier. L&apos;historique est ensuite lu depuis le nouveau dossier.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Annoncer les consignes</translation>
    </message>
    <message>
        <source>Tick to hear the routine&apos;s cues. They are always shown on screen too.</source>
        <translation>Cochez pour entendre les consignes de la routine. Elles s&apos;affichent toujours aussi à l&apos;écran.</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voix&#xa0;:</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Moteur vocal</translation>
    </message>
    <message>
        <source>Which installed voice speaks the cues. Default picks one for you.</source>
        <translation>Quelle voix installée annonce les consignes. Par défaut en choisit une pour vous.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Speech engine:</source>
        <translation>Moteur vocal&#xa0;:</translation>
    </message>
    <message>
        <source>Default step length in seconds</source>
        <translation>Durée des étapes par défaut, en secondes</translation>
    </message>
    <message>
        <source>How long each release lasts, within the protocol&apos;s range. Gentler holds for a precaution or a flare-up are never made longer.</source>
        <translation>Combien de temps dure chaque relâchement, dans les limites du protocole. Les maintiens plus doux pour une précaution ou une poussée de douleur ne sont jamais allongés.</translation>
    </message>
    <message>
        <source>Default step length:</source>
        <translation>Durée des étapes par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>&amp;Load a protocol file...</source>
        <translation>&amp;Charger un fichier de protocole...</translation>
    </message>
    <message>
        <source>Opens a protocol file. It is checked first; every problem is listed.</source>
        <translation>Ouvre un fichier de protocole. Il est d&apos;abord vérifié&#xa0;; chaque problème est listé.</translation>
    </message>
    <message>
        <source>Use the &amp;built-in protocol</source>
        <translation>Utiliser le protocole &amp;intégré</translation>
    </message>
    <message>
        <source>Goes back to the protocol that comes with Tightside.</source>
        <translation>Revient au protocole fourni avec Tightside.</translation>
    </message>
    <message>
        <source>Problems found in the protocol file</source>
        <translation>Problèmes trouvés dans le fichier de protocole</translation>
    </message>
    <message>
        <source>One problem a line, with where it is in the file.</source>
        <translation>Un problème par ligne, avec son emplacement dans le fichier.</translation>
    </message>
    <message>
        <source>Problems in a loaded protocol file show here.</source>
        <translation>Les problèmes d&apos;un fichier de protocole chargé s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Load a protocol</source>
        <translation>Charger un protocole</translation>
    </message>
    <message>
        <source>Protocols (*.json)</source>
        <translation>Protocoles (*.json)</translation>
    </message>
    <message>
        <source>The voice starts with the routine. If it cannot play, cues are shown on screen.</source>
        <translation>La voix démarre avec la routine. Si elle ne peut pas être jouée, les consignes s&apos;affichent à l&apos;écran.</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <translation>Voix activée.</translation>
    </message>
    <message>
        <source>This protocol was not loaded. Fix these problems and load it again; the protocol in use stays as it was.</source>
        <translation>Ce protocole n&apos;a pas été chargé. Corrigez ces problèmes et chargez-le de nouveau&#xa0;; le protocole en service reste le même.</translation>
    </message>
    <message>
        <source>Loaded %1: no problems found.</source>
        <translation>%1 chargé&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Tightside. It applies the next time you start Tightside.</source>
        <translation>La langue de Tightside. Elle s&apos;applique au prochain démarrage de Tightside.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
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
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time you start Tightside.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Tightside.</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Son&#xa0;:</translation>
    </message>
    <message>
        <source>Where your sessions are kept on this computer. To change it, use Choose.</source>
        <translation>Où vos séances sont gardées sur cet ordinateur. Pour le changer, utilisez Choisir.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>In use: %1, version %2 (built in)</source>
        <translation>En service&#xa0;: %1, version %2 (intégré)</translation>
    </message>
    <message>
        <source>In use: %1, version %2, from %3</source>
        <translation>En service&#xa0;: %1, version %2, depuis %3</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
    <message>
        <source>Loo&amp;k:</source>
        <translation>Appa&amp;rence&#xa0;:</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark colours, or the desktop&apos;s own. High contrast is black and white.</source>
        <translation>Couleurs claires ou sombres, ou celles du bureau. Le contraste élevé est en noir et blanc.</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte :</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Makes every text in Tightside larger.</source>
        <translation>Agrandit tous les textes de Tightside.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos :</translation>
    </message>
    <message>
        <source>Keep the photos I measure on</source>
        <translation>Garder les photos sur lesquelles je mesure</translation>
    </message>
    <message>
        <source>Off: only the landmarks and the angles are kept. On: the photos are kept too, readable only by you, in the data folder&apos;s photos folder; they are never exported.</source>
        <translation>Désactivé : seuls les repères et les angles sont gardés. Activé : les photos sont gardées aussi, lisibles par vous seul, dans le dossier photos du dossier de données ; elles ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Voice and sound</source>
        <translation>Voix et son</translation>
    </message>
    <message>
        <source>Routine and reminders</source>
        <translation>Routine et rappels</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SetupDrawing</name>
    <message>
        <source>The camera stands at the side of the tested leg, level with the hip and knee, pointing straight at the leg.</source>
        <translation>L&apos;appareil est sur le côté de la jambe testée, à hauteur de la hanche et du genou, face à la jambe.</translation>
    </message>
    <message>
        <source>The camera stands behind you, level with the hip, pointing straight at your back and the top leg.</source>
        <translation>L&apos;appareil est derrière vous, à hauteur de la hanche, face à votre dos et à la jambe du dessus.</translation>
    </message>
    <message>
        <source>The camera looks straight down from above (a helper holds it, or it is fixed high up), with both hips and the knee in the frame.</source>
        <translation>L&apos;appareil regarde droit vers le bas depuis le dessus (une aide le tient, ou il est fixé en hauteur), les deux hanches et le genou dans l&apos;image.</translation>
    </message>
    <message>
        <source>Drawing: where the camera stands and where the landmarks are</source>
        <translation>Dessin : où se trouve l&apos;appareil et où sont les repères</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SoundSettings</name>
    <message>
        <source>Play &amp;sounds</source>
        <translation>Jouer des &amp;sons</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Jouer des sons</translation>
    </message>
    <message>
        <source>Ticks while you get ready and in the last five seconds of a hold, and a chime when a hold ends. The screen flashes and shows every cue as well.</source>
        <translation>Des tics pendant la préparation et les cinq dernières secondes d&apos;un maintien, et un carillon quand il se termine. L&apos;écran clignote aussi et montre chaque consigne.</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume du son</translation>
    </message>
    <message>
        <source>How loud the ticks and the end chime are, from 0 to 100 percent.</source>
        <translation>Le volume des tics et du carillon final, de 0 à 100&#xa0;pour cent.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume&#xa0;:</translation>
    </message>
    <message>
        <source>Sound is unavailable: %1</source>
        <translation>Le son n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sound on, at %1 %.</source>
        <translation>Son activé, à %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Sound off: the screen flashes and shows every cue.</source>
        <translation>Son désactivé&#xa0;: l&apos;écran clignote et montre chaque consigne.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Speech</name>
    <message>
        <source>Voice is off (Settings). Cues are shown on screen.</source>
        <translation>La voix est désactivée (Réglages). Les consignes s&apos;affichent à l&apos;écran.</translation>
    </message>
    <message>
        <source>No speech engine is installed. Cues are shown on screen.</source>
        <translation>Aucun moteur vocal n&apos;est installé. Les consignes s&apos;affichent à l&apos;écran.</translation>
    </message>
    <message>
        <source>The voice cannot play (often: no audio device). Cues are shown on screen.</source>
        <translation>La voix ne peut pas être jouée (souvent&#xa0;: aucun périphérique audio). Les consignes s&apos;affichent à l&apos;écran.</translation>
    </message>
    <message>
        <source>This build has no voice. Cues are shown on screen.</source>
        <translation>Cette version n&apos;a pas de voix. Les consignes s&apos;affichent à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>tightside::gui::SummaryPage</name>
    <message>
        <source>Saved: your gap, before and after</source>
        <translation>Enregistré&#xa0;: votre écart, avant et après</translation>
    </message>
    <message>
        <source>&amp;See your history</source>
        <translation>&amp;Voir votre historique</translation>
    </message>
    <message>
        <source>Shows all your sessions and how the gap changes over time.</source>
        <translation>Montre toutes vos séances et l&apos;évolution de l&apos;écart au fil du temps.</translation>
    </message>
    <message>
        <source>Steps: %1 completed, %2 skipped, %3 stopped for pain.</source>
        <translation>Étapes&#xa0;: %1 terminées, %2 sautées, %3 arrêtées pour douleur.</translation>
    </message>
    <message>
        <source>Add the next check to your ca&amp;lendar...</source>
        <translation>Ajouter le prochain contrôle au ca&amp;lendrier...</translation>
    </message>
    <message>
        <source>Add the next check to your calendar</source>
        <translation>Ajouter le prochain contrôle au calendrier</translation>
    </message>
    <message>
        <source>Saves a calendar file (.ics) for the day of your next check, for any calendar app.</source>
        <translation>Enregistre un fichier de calendrier (.ics) pour le jour de votre prochain contrôle, pour toute application de calendrier.</translation>
    </message>
    <message>
        <source>There is no session to plan the next check from.</source>
        <translation>Il n&apos;y a aucune séance à partir de laquelle planifier le prochain contrôle.</translation>
    </message>
    <message>
        <source>Tightside: check both legs again</source>
        <translation>Tightside&#xa0;: contrôler de nouveau les deux jambes</translation>
    </message>
    <message>
        <source>Rate both sides of each leg group again and compare with last time.</source>
        <translation>Notez de nouveau les deux côtés de chaque groupe des jambes et comparez avec la dernière fois.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Fichier de calendrier non enregistré</translation>
    </message>
    <message>
        <source>Back pain: %1 before, %2 after (out of 10): %3.</source>
        <translation>Mal de dos&#xa0;: %1 avant, %2 après (sur 10)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Back pain: %1 before (out of 10).</source>
        <translation>Mal de dos&#xa0;: %1 avant (sur 10).</translation>
    </message>
    <message>
        <source>Not released today, only re-checked: the gap was %1 and is %2 now.</source>
        <translation>Pas relâché aujourd’hui, seulement revérifié&#xa0;: l’écart était de %1 et il est maintenant de %2.</translation>
    </message>
    <message>
        <source>Not released today, only re-checked: the gap is %1 now.</source>
        <translation>Pas relâché aujourd’hui, seulement revérifié&#xa0;: l’écart est maintenant de %1.</translation>
    </message>
    <message>
        <source>A change counts only at %1 points or more. These are your own ratings; they do not say what caused a change.</source>
        <translation>Un changement ne compte qu’à partir de %1 points. Ce sont vos propres notes&#xa0;; elles ne disent pas ce qui a causé un changement.</translation>
    </message>
    <message>
        <source>Your gap, before and after</source>
        <translation>Votre écart, avant et après</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll.</source>
        <translation>Page préc. et Page suiv. font défiler.</translation>
    </message>
    <message>
        <source>Check again in %1 to %2 days, on %3 or the day after. A typical course takes one to six sessions.</source>
        <translation>Refaites le contrôle dans %1 à %2 jours, le %3 ou le lendemain. Un parcours type compte une à six séances.</translation>
    </message>
    <message>
        <source>Measured from your photos today:</source>
        <translation>Mesuré aujourd’hui sur vos photos&#xa0;:</translation>
    </message>
    <message>
        <source>Released today</source>
        <translation>Relâché aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The gap went from %1 to %2.</source>
        <translation>L&apos;écart est passé de %1 à %2.</translation>
    </message>
    <message>
        <source>The gap is %1 now.</source>
        <translation>L&apos;écart est maintenant de %1.</translation>
    </message>
    <message>
        <source>Pain, steps and the next check</source>
        <translation>Douleur, étapes et prochain contrôle</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Texts</name>
    <message>
        <source>LEFT</source>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DROITE</translation>
    </message>
    <message>
        <source>Both sides feel the same: balanced.</source>
        <translation>Les deux côtés se ressentent pareil&#xa0;: équilibré.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>%1 is tighter by %2</source>
        <translation>%1 est plus tendu de %2</translation>
    </message>
    <message>
        <source> (less than %1, so this counts as balanced).</source>
        <translation> (moins de %1&#xa0;: cela compte comme équilibré).</translation>
    </message>
    <message>
        <source>: a real difference.</source>
        <translation>&#xa0;: une vraie différence.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2 seconds. Get ready.</source>
        <translation>%1, %2 secondes. Préparez-vous.</translation>
    </message>
    <message>
        <source>Going on in 3 seconds.</source>
        <translation>On continue dans 3 secondes.</translation>
    </message>
    <message>
        <source>Start now.</source>
        <translation>Commencez maintenant.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>À mi-parcours.</translation>
    </message>
    <message>
        <source>Done. Next: %1.</source>
        <translation>Terminé. Ensuite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Stopped. Ease off and rest.</source>
        <translation>Arrêté. Relâchez et reposez-vous.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Passé.</translation>
    </message>
    <message>
        <source>All done. Now check both sides again.</source>
        <translation>Tout est fait. Contrôlez maintenant de nouveau les deux côtés.</translation>
    </message>
    <message>
        <source>left</source>
        <extracomment>the person&apos;s side, inside a sentence: &quot;Picture: Quadriceps roll, left side&quot;</extracomment>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1, côté gauche</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1, côté droit</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>arrêtée pour douleur</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds; &quot;s&quot; is the SI symbol</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
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
        <translation>G</translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side, one letter</comment>
        <translation>D</translation>
    </message>
</context>
<context>
    <name>tightside::gui::Tour</name>
    <message>
        <source>Voice off: cues are shown on screen.</source>
        <translation>Voix désactivée&#xa0;: les consignes s&apos;affichent à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>tightside::report::Handout</name>
    <message>
        <source>Left %1, %2 s: %3</source>
        <translation>%1, côté gauche, %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>Right %1, %2 s: %3</source>
        <translation>%1, côté droit, %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>Why: optional, offered because every leg group is balanced.</source>
        <translation>Pourquoi&#xa0;: facultatif, proposé parce que chaque groupe de la jambe est équilibré.</translation>
    </message>
    <message>
        <source>Why: the left felt tighter (%1 against %2, a gap of %3; a release starts at %4).</source>
        <translation>Pourquoi&#xa0;: le côté gauche semblait plus tendu (%1 contre %2, un écart de %3&#xa0;; on relâche à partir de %4).</translation>
    </message>
    <message>
        <source>Why: the right felt tighter (%1 against %2, a gap of %3; a release starts at %4).</source>
        <translation>Pourquoi&#xa0;: le côté droit semblait plus tendu (%1 contre %2, un écart de %3&#xa0;; on relâche à partir de %4).</translation>
    </message>
    <message>
        <source>Tightside: today&apos;s routine</source>
        <translation>Tightside&#xa0;: votre routine du jour</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Keep the discomfort at %1 out of 10 or less.</source>
        <translation>Gardez l’inconfort à %1 sur 10 ou moins.</translation>
    </message>
    <message>
        <source>Gentle because of the flare-up: lighter pressure, a shorter hold.</source>
        <translation>Doux à cause de la poussée de douleur&#xa0;: pression plus légère, maintien plus court.</translation>
    </message>
    <message>
        <source>Precaution: %1</source>
        <translation>Précaution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep off:</source>
        <translation>À éviter&#xa0;:</translation>
    </message>
    <message>
        <source>Release only the side each step names. If pain rises, ease off or stop. Never the low back or glutes. This is not medical advice.</source>
        <translation>Relâchez seulement le côté que nomme chaque étape. Si la douleur augmente, diminuez la pression ou arrêtez-vous. Jamais le bas du dos ni les fessiers. Ce n&apos;est pas un avis médical.</translation>
    </message>
</context>
<context>
    <name>tightside::report::Pdf</name>
    <message>
        <source>The PDF could not be prepared in memory.</source>
        <translation>Le PDF n&apos;a pas pu être préparé en mémoire.</translation>
    </message>
    <message>
        <source>The PDF needs a QGuiApplication (fonts).</source>
        <translation>Le PDF a besoin d&apos;une QGuiApplication (polices).</translation>
    </message>
    <message>
        <source>Tightside session report</source>
        <translation>Tightside&#xa0;: rapport des séances</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n&apos;a pas pu être terminé.</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time pattern (QDateTime::toString): day, month name, full year, 24-hour clock</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern (QDate::toString): day, month name, full year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>left</source>
        <comment>a side of the body</comment>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <comment>a side of the body</comment>
        <translation>droit</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sauté</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>arrêté pour douleur</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Tightside: self-check and release log</source>
        <translation>Tightside&#xa0;: journal des auto-contrôles et des relâchements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport établi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s)</source>
        <translation>
            <numerusform>Du %1 au %2&#xa0;: %n séance</numerusform>
            <numerusform>Du %1 au %2&#xa0;: %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n session(s); checks stopped by a red flag: %3</source>
        <translation>
            <numerusform>Du %1 au %2&#xa0;: %n séance&#xa0;; contrôles arrêtés par un signe d’alerte&#xa0;: %3</numerusform>
            <numerusform>Du %1 au %2&#xa0;: %n séances&#xa0;; contrôles arrêtés par un signe d’alerte&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions are stored yet.</source>
        <translation>Aucune séance enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>protocol id and version</comment>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Tightside %1</source>
        <comment>the app&apos;s name and version</comment>
        <translation>Tightside %1</translation>
    </message>
    <message numerus="yes">
        <source>How to read the numbers: every rating is the person&apos;s own, 0 (none) to 10 (extreme). The gap is left minus right, from -10 to 10: above 0 the left felt tighter, below 0 the right. The app&apos;s screens show the same gap without its sign (0-10) and name the tighter side. A group whose sides differ by %n point(s) or more is released on its tighter side. A change counts as better or worse only at %1 points or more; a measured angle only at its test&apos;s smallest real change (MDC).</source>
        <translation>
            <numerusform>Comment lire les chiffres&#xa0;: chaque note vient de la personne elle-même, de 0 (aucune) à 10 (extrême). L’écart est gauche moins droite, de -10 à 10&#xa0;: au-dessus de 0 le côté gauche semblait plus tendu, en dessous de 0 le droit. Les écrans de l’application montrent le même écart sans signe (0-10) et nomment le côté le plus tendu. Pour un groupe dont les côtés diffèrent de %n point ou plus, on relâche le côté le plus tendu. Un changement ne compte comme mieux ou moins bien qu’à partir de %1 points&#xa0;; un angle mesuré, qu’à partir du plus petit changement réel de son test (MDC).</numerusform>
            <numerusform>Comment lire les chiffres&#xa0;: chaque note vient de la personne elle-même, de 0 (aucune) à 10 (extrême). L’écart est gauche moins droite, de -10 à 10&#xa0;: au-dessus de 0 le côté gauche semblait plus tendu, en dessous de 0 le droit. Les écrans de l’application montrent le même écart sans signe (0-10) et nomment le côté le plus tendu. Pour un groupe dont les côtés diffèrent de %n points ou plus, on relâche le côté le plus tendu. Un changement ne compte comme mieux ou moins bien qu’à partir de %1 points&#xa0;; un angle mesuré, qu’à partir du plus petit changement réel de son test (MDC).</numerusform>
        </translation>
    </message>
    <message>
        <source>Across sessions</source>
        <translation>D’une séance à l’autre</translation>
    </message>
    <message>
        <source>Dots joined by a line: at the start of each session. Squares: at the re-check after the routine. Shaded band: a gap too small to release (balanced); for an angle, a gap below the test&apos;s MDC.</source>
        <translation>Points reliés par une ligne&#xa0;: au début de chaque séance. Carrés&#xa0;: au nouveau contrôle après la routine. Bande grisée&#xa0;: un écart trop petit pour relâcher (équilibré)&#xa0;; pour un angle, un écart sous la MDC du test.</translation>
    </message>
    <message>
        <source>Pain, 0-10</source>
        <translation>Douleur, 0-10</translation>
    </message>
    <message>
        <source>%1: gap, left minus right</source>
        <comment>a group&apos;s name</comment>
        <translation>%1&#xa0;: écart, gauche moins droite</translation>
    </message>
    <message>
        <source>%1: measured gap in degrees, left minus right</source>
        <comment>a group&apos;s name</comment>
        <translation>%1&#xa0;: écart mesuré en degrés, gauche moins droite</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Séance %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Check stopped at the safety questions: %1</source>
        <translation>Contrôle arrêté aux questions de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>A red flag ended the check before any rating. The app gave no routine and advised seeing a clinician today.</source>
        <translation>Un signe d’alerte a arrêté le contrôle avant toute note. L’application n’a donné aucune routine et a conseillé de consulter un soignant aujourd’hui.</translation>
    </message>
    <message>
        <source>A red flag ended the check before any rating. The app gave no routine and advised seeing a clinician soon.</source>
        <translation>Un signe d’alerte a arrêté le contrôle avant toute note. L’application n’a donné aucune routine et a conseillé de consulter bientôt un soignant.</translation>
    </message>
    <message>
        <source>Answered yes: %1 Advice given: %2</source>
        <comment>a red-flag question and the app&apos;s advice</comment>
        <translation>Réponse oui&#xa0;: %1 Conseil donné&#xa0;: %2</translation>
    </message>
    <message>
        <source>Precautions: none answered yes.</source>
        <translation>Précautions&#xa0;: aucune réponse oui.</translation>
    </message>
    <message>
        <source>Precautions answered yes:</source>
        <translation>Précautions avec réponse oui&#xa0;:</translation>
    </message>
    <message>
        <source>Acute flare-up: yes (gentle dosage).</source>
        <translation>Poussée de douleur&#xa0;: oui (dosage doux).</translation>
    </message>
    <message>
        <source>Acute flare-up: no.</source>
        <translation>Poussée de douleur&#xa0;: non.</translation>
    </message>
    <message>
        <source>Pain at the start: %1 of 10. Not rated again after the routine.</source>
        <translation>Douleur au début&#xa0;: %1 sur 10. Pas notée de nouveau après la routine.</translation>
    </message>
    <message>
        <source>Pain at the start: %1 of 10; after the routine: %2 of 10 (%3).</source>
        <translation>Douleur au début&#xa0;: %1 sur 10&#xa0;; après la routine&#xa0;: %2 sur 10 (%3).</translation>
    </message>
    <message>
        <source>Nothing to release: every group&apos;s sides were within the threshold.</source>
        <translation>Rien à relâcher&#xa0;: dans chaque groupe, les côtés restaient sous le seuil.</translation>
    </message>
    <message>
        <source>No step was done.</source>
        <translation>Aucune étape n’a été faite.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) did not fit the time given and wait for the next session.</source>
        <translation>
            <numerusform>%n étape ne tenait pas dans le temps donné et attend la prochaine séance.</numerusform>
            <numerusform>%n étapes ne tenaient pas dans le temps donné et attendent la prochaine séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was not finished.</source>
        <translation>La séance n’a pas été terminée.</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Relâché</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>At the start (left / right, gap)</source>
        <translation>Au début (gauche / droite, écart)</translation>
    </message>
    <message>
        <source>Re-check (left / right, gap)</source>
        <translation>Nouveau contrôle (gauche / droite, écart)</translation>
    </message>
    <message>
        <source>Gap in this session</source>
        <translation>Écart dans cette séance</translation>
    </message>
    <message>
        <source>%1 / %2, gap %3</source>
        <comment>left / right ratings and the signed gap, left minus right</comment>
        <translation>%1 / %2, écart %3</translation>
    </message>
    <message>
        <source>not released, re-checked only</source>
        <translation>pas relâché, seulement revérifié</translation>
    </message>
    <message>
        <source>not re-checked</source>
        <translation>pas revérifié</translation>
    </message>
    <message>
        <source>Measured angles (degrees, from the person&apos;s photos)</source>
        <translation>Angles mesurés (degrés, d’après les photos de la personne)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Nouveau contrôle</translation>
    </message>
    <message>
        <source>left %1, right %2</source>
        <comment>measured angles in degrees</comment>
        <translation>gauche %1, droite %2</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (below the MDC)</source>
        <comment>measured angles in degrees</comment>
        <translation>gauche %1, droite %2, écart %3 (sous la MDC)</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (left tighter)</source>
        <comment>measured angles in degrees</comment>
        <translation>gauche %1, droite %2, écart %3 (gauche plus tendue)</translation>
    </message>
    <message>
        <source>left %1, right %2, gap %3 (right tighter)</source>
        <comment>measured angles in degrees</comment>
        <translation>gauche %1, droite %2, écart %3 (droite plus tendue)</translation>
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
        <translation>Ce qui compte pour la personne, de 0 à 10 (plus haut est mieux)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an activity and its score</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>(The note goes on; the JSON export holds it whole.)</source>
        <translation>(La note continue&#xa0;; l’export JSON la contient en entier.)</translation>
    </message>
    <message>
        <source>Clinician&apos;s comments</source>
        <translation>Commentaires du soignant</translation>
    </message>
    <message>
        <source>Date, name and signature:</source>
        <translation>Date, nom et signature&#xa0;:</translation>
    </message>
    <message>
        <source>Tightside report of %1, page %2 of %3</source>
        <translation>Rapport Tightside du %1, page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>tightside::report::Text</name>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>arrêtée pour douleur</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <source>pain %1 before, %2 after</source>
        <translation>douleur %1 avant, %2 après</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>douleur %1</translation>
    </message>
    <message>
        <source>left %1 right %2</source>
        <comment>a group&apos;s ratings before the routine</comment>
        <translation>gauche %1 droite %2</translation>
    </message>
    <message>
        <source>-&gt; after: left %1 right %2</source>
        <translation>-&gt; après&#xa0;: gauche %1 droite %2</translation>
    </message>
    <message>
        <source>released %1 (left), %2 s: %3</source>
        <translation>relâché&#xa0;: %1, côté gauche, %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>released %1 (right), %2 s: %3</source>
        <translation>relâché&#xa0;: %1, côté droit, %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>About the method: Tightside follows one practitioner&apos;s clinical experience: release the tighter side of the leg muscles and leave the low back and glutes alone. It has not been tested in clinical trials. The figures are the user&apos;s own ratings, not measurements, and most back pain eases over time whatever is done, so a change here does not show what caused it. This report is not medical advice.</source>
        <translation>À propos de la méthode&#xa0;: Tightside suit l&apos;expérience clinique d&apos;un praticien&#xa0;: relâcher le côté le plus tendu des muscles des jambes et laisser de côté le bas du dos et les fessiers. Cela n&apos;a pas été testé dans des essais cliniques. Les chiffres sont les propres notes de la personne, pas des mesures, et la plupart des maux de dos s&apos;atténuent avec le temps quoi qu&apos;on fasse&#xa0;: un changement ici ne montre donc pas ce qui l&apos;a causé. Ce rapport n&apos;est pas un avis médical.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an activity and its score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>what matters to you (0-10): %1</source>
        <translation>ce qui compte pour vous (0-10)&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped at the screening by a red flag (%1): the app advised seeing a clinician today</source>
        <translation>arrêté aux questions de sécurité par un signe d’alerte (%1)&#xa0;: l’application a conseillé de consulter un soignant aujourd’hui</translation>
    </message>
    <message>
        <source>stopped at the screening by a red flag (%1): the app advised seeing a clinician soon</source>
        <translation>arrêté aux questions de sécurité par un signe d’alerte (%1)&#xa0;: l’application a conseillé de consulter bientôt un soignant</translation>
    </message>
</context>
</TS>
