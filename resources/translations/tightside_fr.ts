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
Ce n'est pas un avis médical.

Commandes (elles fonctionnent sans fenêtre) :
</translation>
        </message>
        <message>
            <source>
Options:
  --data-dir DIR      where sessions are kept (else $TIGHTSIDE_DATA_DIR,
                      else the platform's app-data folder)
  --lang CODE         the language: en, de, es or fr (else the locale's)
  --exit-after-startup  open the window, wait until it is idle, exit 0
  --help              show this help; COMMAND --help shows a command's help
  --version           show the version

Exit codes: 0 success, 1 bad input, 2 wrong usage.
</source>
            <translation>
Options :
  --data-dir DOSSIER  où les séances sont gardées (sinon $TIGHTSIDE_DATA_DIR,
                      sinon le dossier de données d'applications du système)
  --lang CODE         la langue : en, de, es ou fr (sinon celle du système)
  --exit-after-startup  ouvrir la fenêtre, attendre qu'elle soit prête, sortir avec 0
  --help              afficher cette aide ; COMMANDE --help affiche l'aide d'une commande
  --version           afficher la version

Codes de sortie : 0 succès, 1 données incorrectes, 2 mauvaise utilisation.
</translation>
        </message>
        <message>
            <source>Try '%1 --help'.</source>
            <translation>Essayez '%1 --help'.</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>option inconnue %1</translation>
        </message>
        <message>
            <source>unknown command '%1'</source>
            <translation>commande inconnue '%1'</translation>
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
            <translation>Lance le lecteur de la routine à l'étape 1.</translation>
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
            <source>Group %1 of %2</source>
            <translation>Groupe %1 sur %2</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>Auto-contrôle</translation>
        </message>
        <message>
            <source>Your progress could not be saved: %1 The routine goes on; check the data folder in Settings.</source>
            <translation>Votre progression n'a pas pu être enregistrée : %1 La routine continue ; vérifiez le dossier de données dans les Réglages.</translation>
        </message>
        <message>
            <source>The session could not be saved: %1 Your answers are still here; check the data folder in Settings and press Save again.</source>
            <translation>La séance n'a pas pu être enregistrée : %1 Vos réponses sont toujours là ; vérifiez le dossier de données dans les Réglages et appuyez de nouveau sur Enregistrer.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::GroupPage</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A group page's title: the group's name and where it is, e.g. "Quadriceps (front of the thigh)".</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: optional</source>
            <translation>%1 : facultatif</translation>
        </message>
        <message>
            <source>Self-test: %1</source>
            <translation>Test : %1</translation>
        </message>
        <message>
            <source>What to compare</source>
            <translation>Ce qu'il faut comparer</translation>
        </message>
        <message>
            <source>Picture of the %1 coming soon.</source>
            <translation>Une image de %1 arrive bientôt.</translation>
        </message>
        <message>
            <source>Picture: %1</source>
            <translation>Image : %1</translation>
        </message>
        <message>
            <source>A drawing of the %1 test, done on the left side. For the right side, do the same as in a mirror.</source>
            <translation>Un dessin du test « %1 », fait du côté gauche. Pour le côté droit, faites de même, comme dans un miroir.</translation>
        </message>
        <message>
            <source>The drawing shows the left side; do the right side the same way.</source>
            <translation>Le dessin montre le côté gauche ; faites le côté droit de la même façon.</translation>
        </message>
        <message>
            <source>STOP: nerve signs</source>
            <translatorcomment>signe nerveux : terme fixe, le même partout, protocole compris.</translatorcomment>
            <translation>STOP : signes nerveux</translation>
        </message>
        <message>
            <source>Nerve signs: stop if you notice these</source>
            <translatorcomment>signes nerveux : comme dans le protocole.</translatorcomment>
            <translation>Signes nerveux : arrêtez-vous si vous les remarquez</translation>
        </message>
        <message>
            <source>I did this optional test today</source>
            <translation>J'ai fait ce test facultatif aujourd'hui</translation>
        </message>
        <message>
            <source>I did the optional %1 test today</source>
            <translation>J'ai fait le test facultatif de %1 aujourd'hui</translation>
        </message>
        <message>
            <source>Tick to rate both sides. Leave empty to skip this test today.</source>
            <translation>Cochez pour noter les deux côtés. Laissez vide pour sauter ce test aujourd'hui.</translation>
        </message>
        <message>
            <source>%1 tightness</source>
            <extracomment>What a pair of ratings rates, for screen readers: "quadriceps tightness".</extracomment>
            <translation>Tension : %1</translation>
        </message>
        <message>
            <source>Lit: the tighter side, %1 %2.</source>
            <translation>En surbrillance : le côté le plus tendu, %2 (%1).</translation>
        </message>
        <message>
            <source>Marked: %1 on both legs.</source>
            <translation>Marqué : %1 sur les deux jambes.</translation>
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
            <translation>Temps pour aujourd'hui (facultatif)</translation>
        </message>
        <message>
            <source>If you are short of time, say how many minutes you have. The plan keeps the most important steps and saves the rest for next time.</source>
            <translation>Si vous manquez de temps, dites combien de minutes vous avez. Le plan garde les étapes les plus importantes et garde le reste pour la prochaine fois.</translation>
        </message>
        <message>
            <source>Limit today's releases to</source>
            <translation>Limiter les relâchements d'aujourd'hui à</translation>
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
            <translation>Minutes pour aujourd'hui</translation>
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
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Tick for yes. Leave empty for no.</source>
            <translation>Cochez pour oui. Laissez vide pour non.</translation>
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
            <translation>À quel point votre dos a-t-il mal en ce moment, de 0 (aucune douleur) à 10 (la pire douleur imaginable) ?</translation>
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
            <translation>J'ai eu une poussée de mal de dos ces derniers jours (une douleur soudaine et plus forte)</translation>
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
            <translation>Votre plan pour aujourd'hui</translation>
        </message>
        <message>
            <source>Your plan</source>
            <translation>Votre plan</translation>
        </message>
        <message>
            <source>The steps in order, with the side, the time and the reason for each, then what is balanced and what is never worked on.</source>
            <translation>Les étapes dans l'ordre, avec le côté, la durée et la raison de chacune, puis ce qui est équilibré et ce qui n'est jamais travaillé.</translation>
        </message>
        <message>
            <source>Steps, in this order</source>
            <translation>Étapes, dans cet ordre</translation>
        </message>
        <message>
            <source>: left %1, right %2, a gap of %3</source>
            <translation> : gauche %1, droite %2, un écart de %3</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>step title, hold</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation> (facultatif)</translation>
        </message>
        <message>
            <source>About %1 of holds, plus a 5 s lead-in before each.</source>
            <translation>Environ %1 de maintiens, plus 5 s de préparation avant chacun.</translation>
        </message>
        <message>
            <source>Nothing to release today</source>
            <translation>Rien à relâcher aujourd'hui</translation>
        </message>
        <message>
            <source>Balanced (no release needed)</source>
            <translation>Équilibré (aucun relâchement nécessaire)</translation>
        </message>
        <message>
            <source>%1: the two sides differ by less than %2.</source>
            <translation>%1 : les deux côtés diffèrent de moins de %2.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Next time (did not fit today's minutes)</source>
            <translation>La prochaine fois (ne tenait pas dans les minutes d'aujourd'hui)</translation>
        </message>
        <message>
            <source>Never on the list</source>
            <translation>Jamais sur la liste</translation>
        </message>
        <message>
            <source>Where each step works</source>
            <translation>Où agit chaque étape</translation>
        </message>
        <message>
            <source>%1. %2, %3</source>
            <comment>step number, title, hold</comment>
            <translation>%1. %2, %3</translation>
        </message>
        <message>
            <source>Step %1 body map: %2</source>
            <translation>Carte du corps de l'étape %1 : %2</translation>
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
    </context>
    <context>
        <name>tightside::gui::RecheckPage</name>
        <message>
            <source>Check both sides again</source>
            <translation>Contrôlez de nouveau les deux côtés</translation>
        </message>
        <message>
            <source>Do the same self-tests as before on both sides of each group you released, and rate them again. The sliders start at your first answers.</source>
            <translation>Refaites les mêmes tests qu'avant des deux côtés de chaque groupe relâché, et notez-les de nouveau. Les curseurs partent de vos premières réponses.</translation>
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
            <translation>À quel point votre dos a-t-il mal maintenant ?</translation>
        </message>
        <message>
            <source>Notes (optional, stay on this computer):</source>
            <translation>Notes (facultatives, restent sur cet ordinateur) :</translation>
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
            <translation>Rien n'a été relâché aujourd'hui : il n'y a donc rien à contrôler de nouveau.</translation>
        </message>
        <message>
            <source>%1 tightness after</source>
            <translation>Tension après : %1</translation>
        </message>
        <message>
            <source>Before: left %1, right %2.</source>
            <translation>Avant : gauche %1, droite %2.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::ScreeningPage</name>
        <message>
            <source>First, a few safety questions</source>
            <translation>D'abord, quelques questions de sécurité</translation>
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
            <source>Tick Yes for anything that is true for you now. Some answers mean a doctor should see you before any release; the app will say so.</source>
            <translation>Cochez Oui pour tout ce qui est vrai pour vous maintenant. Certaines réponses signifient qu'un médecin doit vous voir avant tout relâchement ; l'application vous le dira.</translation>
        </message>
        <message>
            <source>Tick Yes for anything that applies. The plan will use lighter pressure, shorter holds or leave a place out, and say why.</source>
            <translation>Cochez Oui pour tout ce qui s'applique. Le plan utilisera une pression plus légère, des maintiens plus courts ou laissera une zone de côté, et dira pourquoi.</translation>
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
            <translation>Termine ce contrôle. Aucune routine n'est donnée.</translation>
        </message>
        <message>
            <source>Please get medical help today</source>
            <translation>Faites-vous soigner aujourd'hui</translation>
        </message>
        <message>
            <source>Please see a doctor soon</source>
            <translation>Consultez bientôt un médecin</translation>
        </message>
        <message>
            <source>One of your answers can be a sign of something that needs a doctor today. This is not a diagnosis, and many such signs turn out to be harmless, but it is worth checking now.</source>
            <translation>L'une de vos réponses peut être le signe d'un problème qui demande un médecin aujourd'hui. Ce n'est pas un diagnostic, et beaucoup de ces signes se révèlent sans gravité, mais il vaut la peine de vérifier maintenant.</translation>
        </message>
        <message>
            <source>One of your answers means a doctor or physiotherapist should look at your back before you do any release. Please book a visit in the next few days.</source>
            <translation>L'une de vos réponses signifie qu'un médecin ou un kinésithérapeute doit examiner votre dos avant tout relâchement. Prenez rendez-vous dans les prochains jours.</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Que faire :</translation>
        </message>
        <message>
            <source>Take this list of answers with you. If you ticked a box by mistake, go back and change it.</source>
            <translation>Emportez cette liste de réponses. Si vous avez coché une case par erreur, revenez en arrière et changez-la.</translation>
        </message>
    </context>
    <context>
        <name>tightside::gui::SummaryPage</name>
        <message>
            <source>Saved: your gap, before and after</source>
            <translation>Enregistré : votre écart, avant et après</translation>
        </message>
        <message>
            <source>&amp;See your history</source>
            <translation>&amp;Voir votre historique</translation>
        </message>
        <message>
            <source>Shows all your sessions and how the gap changes over time.</source>
            <translation>Montre toutes vos séances et l'évolution de l'écart au fil du temps.</translation>
        </message>
        <message>
            <source>gap %1 now (left %2, right %3).</source>
            <translation>écart de %1 maintenant (gauche %2, droite %3).</translation>
        </message>
        <message>
            <source>gap %1 before (left %2, right %3), %4</source>
            <translation>écart de %1 avant (gauche %2, droite %3), %4</translation>
        </message>
        <message>
            <source>Back pain: %1 before, %2 after (out of 10).</source>
            <translation>Mal de dos : %1 avant, %2 après (sur 10).</translation>
        </message>
        <message>
            <source>Steps: %1 completed, %2 skipped, %3 stopped for pain.</source>
            <translation>Étapes : %1 terminées, %2 sautées, %3 arrêtées pour douleur.</translation>
        </message>
        <message>
            <source>A typical course takes one to six sessions. Check again in a day or two: the gap should shrink over time.</source>
            <translation>Un parcours habituel compte une à six séances. Refaites le contrôle dans un jour ou deux : l'écart devrait se réduire avec le temps.</translation>
        </message>
    </context>
</TS>
