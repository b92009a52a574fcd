from ..builders import FactsheetContent
from .common import (
    CHILDPROTECTION_LINK,
    FOR_ADULTS,
    GROOMING_RULE,
    INVENTED_EXAMPLE,
    KJT_LINK,
    NEVER_FORWARD,
    REPORT_SOON,
    TALK_TO_AN_ADULT,
    UNDER_16,
    article,
    page_link,
)

NOTES = (
    "Definition: 001 L95 and L313 (adult, child under 16, explicit, implicit or disguised suggestions; chat rooms, "
    "social networks, games on tablets and smartphones); money or another advantage: 001 L314. "
    "Art. 385-2 since 2011, 1 month to 3 years and 251 to 50,000 euros: 000 L1001-1005, 001 L315. "
    "With a meeting, 1 to 5 years and up to 75,000 euros: ONLY 001 L315; 000 cuts the article at '[…]' (L1006), "
    "DIGEST 9.1 #2: check the current text of art. 385-2 before each school year. "
    "002 L13 defines grooming with no age and includes obtaining sexual images (DIGEST 9.1 #7); we follow the "
    "under-16 threshold of the law. Report cases: 001 L295-300. Police form: not anonymous, identity and calumny "
    "declaration (001 L279, L117), serious suspicion enough (001 L117), cannot be cancelled (001 L291). "
    "Six-month data retention: 000 L1217-1221. Professional secrecy: 001 L111. We do NOT say the law obliges "
    "teachers to report grooming: art. 140 covers crimes only and grooming is a délit (001 L113, DIGEST 2.4, 9.1 #5). "
    "KJT 116 111: 001 L139. The quote is invented. 'Never forward an intimate image of a minor' is our advice "
    "(PRODUCT-NOTES, Reporting), consistent with art. 383ter/384 (000 L641-670)."
)


def content(built):
    related = [CHILDPROTECTION_LINK, KJT_LINK]
    related += [page_link(built[slug]) for slug in ("webcam", "sexting") if slug in built]
    return FactsheetContent(
        slug={
            "fr": "grooming",
            "de": "cybergrooming",
            "lb": "cybergrooming",
            "en": "grooming",
            "pt": "aliciamento-online",
        },
        title={
            "fr": "Le grooming",
            "de": "Cybergrooming",
            "lb": "Cybergrooming",
            "en": "Grooming",
            "pt": "Aliciamento online (grooming)",
        },
        intro={
            "fr": "Un adulte se fait passer pour un ami sur Internet pour t'amener, petit à petit, vers des choses sexuelles. Ça s'appelle le grooming, et la loi l'interdit.",
            "de": "Ein Erwachsener gibt sich im Internet als Freund aus, um dich Schritt für Schritt zu sexuellen Dingen zu bringen. Das heißt Cybergrooming, und das Gesetz verbietet es.",
            "lb": "En Erwuessenen gëtt sech um Internet als Frënd aus, fir dech lues a lues zu sexuelle Saachen ze bréngen. Dat nennt een Cybergrooming, an d'Gesetz verbitt et.",
            "en": "An adult pretends to be your friend online to lead you, step by step, towards sexual things. This is called grooming, and the law forbids it.",
            "pt": "Um adulto finge ser teu amigo na internet para te levar, aos poucos, para coisas sexuais. Chama-se aliciamento online (grooming) e a lei proíbe-o.",
        },
        topics=("grooming",),
        audiences=("pupils", "parents", "teachers"),
        age_bands=("8-11", "12-14"),
        editor_notes=NOTES,
        body=[
            (
                "key_facts",
                {
                    "heading": "",
                    "facts": [
                        {
                            "fr": "Le grooming, c'est quand un adulte gagne la confiance d'un enfant sur Internet pour le préparer à des relations sexuelles.",
                            "de": "Cybergrooming bedeutet: Ein Erwachsener gewinnt im Internet das Vertrauen eines Kindes, um es auf sexuelle Handlungen vorzubereiten.",
                            "lb": "Cybergrooming heescht: En Erwuessene gewënnt um Internet d'Vertrauen vun engem Kand, fir et op sexuell Handlungen virzebereeden.",
                            "en": "Grooming is when an adult wins a child's trust online to prepare them for sexual contact.",
                            "pt": "Aliciamento é quando um adulto ganha a confiança de uma criança na internet para a preparar para relações sexuais.",
                        },
                        {
                            "fr": "Les propositions peuvent être claires, sous-entendues ou cachées derrière autre chose.",
                            "de": "Die Annäherungsversuche können offen, angedeutet oder hinter etwas anderem versteckt sein.",
                            "lb": "D'Propose kënnen offen, ugedeit oder hannert eppes anescht verstoppt sinn.",
                            "en": "The sexual suggestions can be open, hinted at or hidden behind something else.",
                            "pt": "As propostas podem ser claras, subentendidas ou escondidas atrás de outra coisa.",
                        },
                        {
                            "fr": "Ça se passe souvent dans un chat, sur un réseau social ou dans un jeu sur tablette ou smartphone.",
                            "de": "Oft passiert es in einem Chat, in einem sozialen Netzwerk oder in einem Spiel auf dem Tablet oder Smartphone.",
                            "lb": "Dacks geschitt et an engem Chat, an engem soziale Netzwierk oder an engem Spill um Tablet oder Smartphone.",
                            "en": "It often happens in a chat room, on a social network or in a game on a tablet or smartphone.",
                            "pt": "Acontece muitas vezes num chat, numa rede social ou num jogo no tablet ou no smartphone.",
                        },
                        {
                            "fr": "L'adulte propose parfois de l'argent ou un cadeau.",
                            "de": "Manchmal bietet der Erwachsene Geld oder ein Geschenk an.",
                            "lb": "Heiansdo bitt den Erwuessene Geld oder e Cadeau un.",
                            "en": "Sometimes the adult offers money or a present.",
                            "pt": "Às vezes, o adulto oferece dinheiro ou um presente.",
                        },
                        {
                            "fr": "Au Luxembourg, le grooming est puni par la loi depuis 2011.",
                            "de": "In Luxemburg ist Cybergrooming seit 2011 strafbar.",
                            "lb": "Zu Lëtzebuerg ass Cybergrooming zanter 2011 strofbar.",
                            "en": "In Luxembourg, grooming has been a criminal offence since 2011.",
                            "pt": "No Luxemburgo, o aliciamento online é punido por lei desde 2011.",
                        },
                    ],
                },
            ),
            (
                "what_the_law_says",
                {
                    "heading": "",
                    "rules": [
                        GROOMING_RULE,
                        {
                            "rule": {
                                "fr": "Si l'adulte a ensuite rencontré l'enfant, la peine est plus lourde.",
                                "de": "Wenn der Erwachsene das Kind danach getroffen hat, ist die Strafe höher.",
                                "lb": "Wann den Erwuessenen d'Kand duerno getraff huet, ass d'Strof méi héich.",
                                "en": "If the adult then met the child, the penalty is heavier.",
                                "pt": "Se o adulto depois se encontrou com a criança, a pena é mais pesada.",
                            },
                            "age": UNDER_16,
                            "article": article("385-2"),
                            "penalty": {
                                "fr": "De 1 à 5 ans de prison et jusqu'à 75 000 euros d'amende.",
                                "de": "1 bis 5 Jahre Gefängnis und bis zu 75 000 Euro Geldstrafe.",
                                "lb": "1 bis 5 Joer Prisong a bis zu 75 000 Euro Geldstrof.",
                                "en": "1 to 5 years in prison and a fine of up to 75,000 euros.",
                                "pt": "De 1 a 5 anos de prisão e multa até 75 000 euros.",
                            },
                        },
                    ],
                    "note": {
                        "fr": "Si un adulte t'a envoyé ce genre de messages, ce n'est pas toi qui as enfreint la loi : c'est lui.",
                        "de": "Wenn dir ein Erwachsener solche Nachrichten geschickt hat, hast nicht du gegen das Gesetz verstoßen, sondern er.",
                        "lb": "Wann en Erwuessenen dir esou Messagë geschéckt huet, hues net du géint d'Gesetz verstouss, mä hien.",
                        "en": "If an adult sent you messages like these, you have not broken the law: they have.",
                        "pt": "Se um adulto te enviou mensagens deste tipo, não foste tu que violaste a lei: foi ele.",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "Il disait qu'il avait 14 ans, comme moi. Après deux semaines, il m'a demandé une photo en sous-vêtements et m'a dit de n'en parler à personne.",
                        "de": "Er hat gesagt, er sei 14, so wie ich. Nach zwei Wochen wollte er ein Foto von mir in Unterwäsche und sagte, ich solle niemandem davon erzählen.",
                        "lb": "Hien huet gesot, hie wier 14, grad wéi ech. No zwou Wochen wollt hien eng Foto vu mir an Ënnerwäsch an huet gesot, ech sollt kengem dovunner erzielen.",
                        "en": "He said he was 14, like me. After two weeks he asked for a photo of me in my underwear and told me not to tell anyone.",
                        "pt": "Ele dizia que tinha 14 anos, como eu. Passadas duas semanas, pediu-me uma foto em roupa interior e disse-me para não contar a ninguém.",
                    },
                    "attribution": INVENTED_EXAMPLE,
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": "",
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Méfie-toi de quelqu'un que tu ne connais que par Internet et qui te fait beaucoup de compliments, te promet des cadeaux ou veut garder un secret avec toi.",
                            "de": "Sei vorsichtig bei jemandem, den du nur aus dem Internet kennst und der dir viele Komplimente macht, Geschenke verspricht oder ein Geheimnis mit dir haben will.",
                            "lb": "Pass op bei engem, deen s du just vum Internet kenns an deen dir vill Komplimenter mécht, Cadeauen versprécht oder e Geheimnis mat dir wëll hunn.",
                            "en": "Be careful with someone you only know online who gives you lots of compliments, promises you presents or wants to share a secret with you.",
                            "pt": "Desconfia de alguém que só conheces da internet e que te faz muitos elogios, te promete presentes ou quer ter um segredo contigo.",
                        },
                        {
                            "fr": "Ne donne pas ton adresse, le nom de ton école ou ton numéro de téléphone à quelqu'un que tu ne connais qu'en ligne.",
                            "de": "Gib deine Adresse, den Namen deiner Schule oder deine Telefonnummer nicht an jemanden weiter, den du nur online kennst.",
                            "lb": "Gëff deng Adress, den Numm vun denger Schoul oder deng Telefonsnummer net un een, deen s du just online kenns.",
                            "en": "Do not give your address, the name of your school or your phone number to someone you only know online.",
                            "pt": "Não dês a tua morada, o nome da tua escola ou o teu número de telefone a alguém que só conheces online.",
                        },
                        {
                            "fr": "N'envoie pas de photo de toi déshabillé·e et ne te déshabille pas devant une webcam, même si on insiste.",
                            "de": "Schick keine Nacktfotos von dir und zieh dich nicht vor einer Webcam aus, auch wenn jemand drängt.",
                            "lb": "Schéck keng Plakegfotoe vun dir an zéi dech net virun enger Webcam aus, och wann een insistéiert.",
                            "en": "Do not send naked photos of yourself and do not undress in front of a webcam, even if someone keeps asking.",
                            "pt": "Não envies fotos tuas sem roupa e não te dispas em frente a uma webcam, mesmo que alguém insista.",
                        },
                        {
                            "fr": "Ne va jamais seul·e et en secret rencontrer quelqu'un que tu as connu en ligne. Parles-en d'abord à un adulte de confiance.",
                            "de": "Triff dich nie allein und heimlich mit jemandem, den du online kennengelernt hast. Sprich vorher mit einem Erwachsenen, dem du vertraust.",
                            "lb": "Triff dech ni eleng an heemlech mat engem, deen s du online kennegeléiert hues. Schwätz virdrun mat engem Erwuessenen, deem s du vertraus.",
                            "en": "Never go alone and in secret to meet someone you got to know online. Talk to an adult you trust first.",
                            "pt": "Nunca vás sozinho ou sozinha e em segredo encontrar alguém que conheceste online. Fala primeiro com um adulto de confiança.",
                        },
                        {
                            "fr": "Bloque la personne si elle te met mal à l'aise.",
                            "de": "Blockiere die Person, wenn sie dir ein ungutes Gefühl gibt.",
                            "lb": "Blockéier déi Persoun, wann s du dech mat hir net wuel fills.",
                            "en": "Block the person if they make you feel uncomfortable.",
                            "pt": "Bloqueia a pessoa se ela te deixar desconfortável.",
                        },
                    ],
                },
            ),
            (
                "if_it_happened",
                {
                    "heading": "",
                    "reassurance": {
                        "fr": "Ce n'est pas de ta faute. Même si tu as répondu ou envoyé quelque chose, c'est l'adulte qui a fait quelque chose d'interdit.",
                        "de": "Es ist nicht deine Schuld. Auch wenn du geantwortet oder etwas geschickt hast: Der Erwachsene hat etwas Verbotenes getan.",
                        "lb": "Et ass net deng Schold. Och wann s du geäntwert oder eppes geschéckt hues: Den Erwuessenen huet eppes Verbuedenes gemaach.",
                        "en": "It is not your fault. Even if you answered or sent something, the adult is the one who did something forbidden.",
                        "pt": "A culpa não é tua. Mesmo que tenhas respondido ou enviado alguma coisa, foi o adulto que fez algo proibido.",
                    },
                    "steps": [
                        {
                            "fr": "Arrête de répondre, mais n'efface pas la conversation : garde les messages, le pseudo de la personne et les dates.",
                            "de": "Antworte nicht mehr, aber lösch den Chat nicht: Behalte die Nachrichten, den Nutzernamen der Person und die Daten.",
                            "lb": "Äntwer net méi, mä läsch de Chat net: Behal d'Messagen, de Benotzernumm vun der Persoun an d'Datumer.",
                            "en": "Stop answering, but do not delete the chat: keep the messages, the person's username and the dates.",
                            "pt": "Deixa de responder, mas não apagues a conversa: guarda as mensagens, o nome de utilizador da pessoa e as datas.",
                        },
                        TALK_TO_AN_ADULT,
                        REPORT_SOON,
                        {
                            "fr": "Tu peux aussi le signaler si ça arrive à un ou une camarade.",
                            "de": "Du kannst es auch melden, wenn es einer Freundin oder einem Freund passiert.",
                            "lb": "Du kanns et och mellen, wann et enger Frëndin oder engem Frënd geschitt.",
                            "en": "You can also report it if it happens to a friend.",
                            "pt": "Também podes denunciar se isto acontecer a um amigo ou a uma amiga.",
                        },
                    ],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": FOR_ADULTS,
                    "intro": {
                        "fr": "Un enfant peut avoir honte ou peur d'être puni. Ce qui l'aide le plus, c'est de savoir qu'il peut vous en parler sans reproche.",
                        "de": "Ein Kind schämt sich vielleicht oder hat Angst vor Strafe. Am meisten hilft ihm das Wissen, dass es ohne Vorwürfe mit Ihnen darüber reden kann.",
                        "lb": "E Kand schummt sech vläicht oder huet Angscht, bestrooft ze ginn. Am meeschten hëlleft him d'Wëssen, datt et ouni Reprochë mat Iech driwwer schwätze kann.",
                        "en": "A child may feel ashamed or afraid of being punished. What helps most is knowing they can talk to you without being blamed.",
                        "pt": "Uma criança pode sentir vergonha ou medo de ser castigada. O que mais a ajuda é saber que pode falar consigo sem ser censurada.",
                    },
                    "actions": [
                        {
                            "fr": "Signalez tout cas de grooming à la Police grand-ducale, par le formulaire en ligne accessible depuis childprotection.lu. Ce signalement n'est pas anonyme : vous devrez donner votre identité et confirmer que vous savez qu'une fausse accusation est punie par la loi.",
                            "de": "Melden Sie jeden Fall von Cybergrooming der großherzoglichen Polizei, über das Online-Formular, das Sie über childprotection.lu erreichen. Die Meldung ist nicht anonym: Sie müssen Ihre Identität angeben und bestätigen, dass Sie wissen, dass eine falsche Beschuldigung strafbar ist.",
                            "lb": "Mellt all Fall vu Cybergrooming bei der Groussherzoglecher Police, iwwer den Online-Formulaire, deen Dir iwwer childprotection.lu fannt. D'Meldung ass net anonym: Dir musst Är Identitéit uginn a confirméieren, datt Dir wësst, datt eng falsch Beschëllegung strofbar ass.",
                            "en": "Report any case of grooming to the Grand Ducal Police, using the online form reached through childprotection.lu. The report is not anonymous: you must give your identity and confirm that you know a false accusation is punishable.",
                            "pt": "Denuncie qualquer caso de aliciamento à Polícia Grão-Ducal, através do formulário online acessível em childprotection.lu. A denúncia não é anónima: terá de se identificar e confirmar que sabe que uma acusação falsa é punida por lei.",
                        },
                        {
                            "fr": "Vous n'avez pas besoin de preuves complètes pour signaler : un soupçon sérieux suffit.",
                            "de": "Sie brauchen keine vollständigen Beweise, um etwas zu melden: Ein ernsthafter Verdacht reicht.",
                            "lb": "Dir braucht keng komplett Beweiser, fir eppes ze mellen: En eeschte Verdacht geet duer.",
                            "en": "You do not need full proof to report: a serious suspicion is enough.",
                            "pt": "Não precisa de provas completas para denunciar: basta uma suspeita séria.",
                        },
                        {
                            "fr": "Une fois envoyé, le signalement ne peut plus être annulé. Pour corriger ou compléter quelque chose, contactez directement la police.",
                            "de": "Eine abgeschickte Meldung kann nicht mehr zurückgezogen werden. Um etwas zu berichtigen oder zu ergänzen, wenden Sie sich direkt an die Polizei.",
                            "lb": "Eng ofgeschéckte Meldung kann net méi zréckgezu ginn. Fir eppes ze korrigéieren oder ze ergänzen, wend Iech direkt un d'Police.",
                            "en": "Once sent, a report cannot be cancelled. To correct or add something, contact the police directly.",
                            "pt": "Depois de enviada, a denúncia já não pode ser anulada. Para corrigir ou acrescentar algo, contacte diretamente a polícia.",
                        },
                        NEVER_FORWARD,
                        {
                            "fr": "Le secret professionnel ne vaut pas quand la victime est un enfant.",
                            "de": "Die berufliche Schweigepflicht gilt nicht, wenn das Opfer ein Kind ist.",
                            "lb": "D'Beruffsgeheimnis gëllt net, wann d'Affer e Kand ass.",
                            "en": "Professional secrecy does not apply when the victim is a child.",
                            "pt": "O sigilo profissional não se aplica quando a vítima é uma criança.",
                        },
                    ],
                },
            ),
            ("related_links", {"heading": "", "links": related}),
        ],
    )
