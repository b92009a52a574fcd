from ..builders import FactsheetContent
from .common import FOR_ADULTS, INVENTED_EXAMPLE, KJT_LINK, SHARING_RULE, TALK_TO_AN_ADULT, page_link

NOTES = (
    "IMAGE-RIGHTS LAW IS NOT IN THE SEEDS (DIGEST 9.2): the BEE SECURE 'Factsheet droit à l'image' exists in DE and "
    "FR (000 L209-213) but its legal content is not in the seeds. This page therefore states no general "
    "image-rights article, right or penalty, and the reader is told the other rules are not summarised yet: a "
    "lawyer or BEE SECURE must supply them before this page is complete. The Belgian art. 371/1 (003 L452-465) is "
    "NOT Luxembourg law and is not used. We avoid saying 'you have the right to...' for the same reason. "
    "Image rights as a BEE SECURE training topic: 000 L77. 'Internet est un espace public': 000 L546-550. Hard to "
    "delete once online: 000 L989-990 (said of sexual images; we write 'can be very hard'). Art. 383ter: "
    "000 L641-656 (001 L341 calls it art. 383: DIGEST 9.1 #1). BEE SECURE Helpline 26 64 05 44, guidance for "
    "children, teenagers, parents and educators on new media: 001 L157-161 (its hours are not in the seeds). "
    "Privacy settings: BEE SECURE decision tree, 000 L187-190. The quote is invented."
)


def content(built):
    related = [page_link(built[slug]) for slug in ("sexting",) if slug in built]
    related.append(KJT_LINK)
    return FactsheetContent(
        slug={
            "fr": "droit-a-l-image",
            "de": "recht-am-eigenen-bild",
            "lb": "recht-um-eegene-bild",
            "en": "image-rights",
            "pt": "direito-a-imagem",
        },
        title={
            "fr": "Le droit à l'image",
            "de": "Recht am eigenen Bild",
            "lb": "D'Recht um eegene Bild",
            "en": "Image rights",
            "pt": "O direito à imagem",
        },
        intro={
            "fr": "Une photo de groupe, une vidéo à la récré, une capture d'écran : sur chaque image, il y a des personnes. Avant de publier, pense à elles.",
            "de": "Ein Gruppenfoto, ein Video in der Pause, ein Screenshot: Auf jedem Bild sind Menschen. Denk an sie, bevor du etwas veröffentlichst.",
            "lb": "E Gruppefoto, e Video an der Paus, e Screenshot: Op all Bild si Mënschen. Denk un si, ier s du eppes publizéiers.",
            "en": "A group photo, a video at break time, a screenshot: every image has people in it. Think of them before you post.",
            "pt": "Uma foto de grupo, um vídeo no recreio, uma captura de ecrã: em cada imagem há pessoas. Pensa nelas antes de publicares.",
        },
        topics=("image-rights", "privacy"),
        audiences=("pupils", "parents", "teachers"),
        age_bands=("8-11", "12-14", "15-18"),
        editor_notes=NOTES,
        body=[
            (
                "key_facts",
                {
                    "heading": "",
                    "facts": [
                        {
                            "fr": "Internet est un espace public : ce que tu publies peut être vu par beaucoup plus de monde que prévu.",
                            "de": "Das Internet ist ein öffentlicher Raum: Was du veröffentlichst, können viel mehr Leute sehen als gedacht.",
                            "lb": "Den Internet ass en ëffentleche Raum: Wat s du publizéiers, kënne vill méi Leit gesinn, wéi s du geduecht hues.",
                            "en": "The internet is a public space: what you post can be seen by far more people than you expect.",
                            "pt": "A internet é um espaço público: o que publicas pode ser visto por muito mais gente do que pensas.",
                        },
                        {
                            "fr": "Une image publiée peut être copiée, modifiée et repartagée, et il peut être très difficile de la faire disparaître.",
                            "de": "Ein veröffentlichtes Bild kann kopiert, verändert und weiterverbreitet werden, und es kann sehr schwer sein, es wieder verschwinden zu lassen.",
                            "lb": "E publizéiert Bild ka kopéiert, geännert a weiderverbreet ginn, an et ka ganz schwéier sinn, et erëm verschwannen ze loossen.",
                            "en": "A posted image can be copied, changed and shared again, and it can be very hard to make it disappear.",
                            "pt": "Uma imagem publicada pode ser copiada, alterada e partilhada de novo, e pode ser muito difícil fazê-la desaparecer.",
                        },
                        {
                            "fr": "Publier la photo de quelqu'un sans lui demander peut le blesser ou l'exposer aux moqueries.",
                            "de": "Das Foto von jemandem zu veröffentlichen, ohne zu fragen, kann die Person verletzen oder dem Spott anderer aussetzen.",
                            "lb": "D'Foto vun engem ze publizéieren, ouni ze froen, ka déi Persoun verletzen oder dem Spott vun aneren aussetzen.",
                            "en": "Posting someone's photo without asking can hurt them or expose them to mockery.",
                            "pt": "Publicar a foto de alguém sem lhe perguntar pode magoá-lo ou expô-lo à troça.",
                        },
                        {
                            "fr": "Pour une image sexuelle d'un mineur, la loi est très stricte : la partager est interdit et puni.",
                            "de": "Bei sexuellen Bildern von Minderjährigen ist das Gesetz sehr streng: Sie weiterzugeben ist verboten und strafbar.",
                            "lb": "Bei sexuelle Biller vu Mannerjärege ass d'Gesetz ganz streng: Se weiderzeginn ass verbueden a strofbar.",
                            "en": "For a sexual image of a minor, the law is very strict: sharing it is forbidden and punished.",
                            "pt": "Quando se trata de uma imagem sexual de um menor, a lei é muito rigorosa: partilhá-la é proibido e punido.",
                        },
                    ],
                },
            ),
            (
                "what_the_law_says",
                {
                    "heading": "",
                    "rules": [SHARING_RULE],
                    "note": {
                        "fr": "Les autres règles du droit à l'image ne sont pas encore résumées sur cette fiche. En cas de doute, demande conseil à la BEE SECURE Helpline (26 64 05 44).",
                        "de": "Die übrigen Regeln zum Recht am eigenen Bild sind auf diesem Infoblatt noch nicht zusammengefasst. Frag im Zweifel die BEE SECURE Helpline um Rat (26 64 05 44).",
                        "lb": "Déi aner Regelen zum Recht um eegene Bild sinn op dësem Infoblat nach net zesummegefaasst. Am Zweiwel fro d'BEE SECURE Helpline ëm Rot (26 64 05 44).",
                        "en": "The other rules on image rights are not yet summarised on this factsheet. If in doubt, ask the BEE SECURE Helpline for advice (26 64 05 44).",
                        "pt": "As outras regras sobre o direito à imagem ainda não estão resumidas nesta ficha. Em caso de dúvida, pede conselho à BEE SECURE Helpline (26 64 05 44).",
                    },
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "fr": "J'ai posté une vidéo drôle de mon copain à la piscine. Lui, ça ne l'a pas fait rire du tout, et toute l'école l'a vue.",
                        "de": "Ich habe ein lustiges Video von meinem Freund im Schwimmbad gepostet. Er fand das gar nicht lustig, und die ganze Schule hat es gesehen.",
                        "lb": "Ech hunn e witzege Video vu mengem Frënd an der Schwämm gepost. Hien huet dat guer net witzeg fonnt, an déi ganz Schoul huet en gesinn.",
                        "en": "I posted a funny video of my friend at the swimming pool. He didn't find it funny at all, and the whole school saw it.",
                        "pt": "Publiquei um vídeo engraçado de um amigo na piscina. Ele não achou graça nenhuma, e a escola inteira viu-o.",
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
                            "fr": "Demande toujours avant de prendre quelqu'un en photo ou en vidéo, et avant de publier.",
                            "de": "Frag immer, bevor du jemanden fotografierst oder filmst, und bevor du etwas veröffentlichst.",
                            "lb": "Fro ëmmer, ier s du een fotograféiers oder films, an ier s du eppes publizéiers.",
                            "en": "Always ask before you take a photo or video of someone, and before you post it.",
                            "pt": "Pergunta sempre antes de fotografares ou filmares alguém, e antes de publicares.",
                        },
                        {
                            "fr": "Si quelqu'un te demande de retirer une photo de lui, retire-la.",
                            "de": "Wenn dich jemand bittet, ein Foto von ihm zu löschen, dann lösch es.",
                            "lb": "Wann een dech freet, eng Foto vun him ze läschen, da läsch se.",
                            "en": "If someone asks you to take down a photo of them, take it down.",
                            "pt": "Se alguém te pedir para retirares uma foto em que aparece, retira-a.",
                        },
                        {
                            "fr": "Avant de poster, demande-toi si ça te plairait de voir une telle image de toi.",
                            "de": "Frag dich vor dem Posten, ob es dir gefallen würde, so ein Bild von dir zu sehen.",
                            "lb": "Fro dech, ier s du eppes posts, ob et dir gefale géif, esou e Bild vun dir ze gesinn.",
                            "en": "Before you post, ask yourself whether you would like to see that kind of image of yourself.",
                            "pt": "Antes de publicares, pergunta a ti mesmo se gostarias de ver uma imagem dessas de ti.",
                        },
                        {
                            "fr": "Vérifie tes réglages de confidentialité : qui peut voir tes photos, et qui peut t'identifier dessus ?",
                            "de": "Prüf deine Privatsphäre-Einstellungen: Wer kann deine Fotos sehen, und wer kann dich darauf markieren?",
                            "lb": "Kontrolléier deng Privatsphär-Astellungen: Wie kann deng Fotoe gesinn, a wie kann dech drop markéieren?",
                            "en": "Check your privacy settings: who can see your photos, and who can tag you in them?",
                            "pt": "Verifica as tuas definições de privacidade: quem pode ver as tuas fotos e quem te pode identificar nelas?",
                        },
                    ],
                },
            ),
            (
                "if_it_happened",
                {
                    "heading": "",
                    "reassurance": {
                        "fr": "Si une photo de toi a été publiée sans ton accord, tu peux demander qu'elle soit retirée.",
                        "de": "Wenn ein Foto von dir ohne dein Einverständnis veröffentlicht wurde, kannst du darum bitten, dass es entfernt wird.",
                        "lb": "Wann eng Foto vun dir ouni däin Averständnis publizéiert gouf, kanns du froen, datt se ewechgeholl gëtt.",
                        "en": "If a photo of you was posted without your agreement, you can ask for it to be taken down.",
                        "pt": "Se uma foto tua foi publicada sem o teu acordo, podes pedir que seja retirada.",
                    },
                    "steps": [
                        {
                            "fr": "Demande calmement à la personne qui l'a publiée de la retirer.",
                            "de": "Bitte die Person, die es veröffentlicht hat, in Ruhe darum, es zu entfernen.",
                            "lb": "Fro déi Persoun, déi et publizéiert huet, roueg, et ewechzehuelen.",
                            "en": "Calmly ask the person who posted it to take it down.",
                            "pt": "Pede calmamente à pessoa que a publicou que a retire.",
                        },
                        {
                            "fr": "Utilise le bouton « signaler » du réseau social ou de l'appli.",
                            "de": "Nutze die Melden-Funktion des sozialen Netzwerks oder der App.",
                            "lb": "Benotz d'Mellfunktioun vum soziale Netzwierk oder vun der App.",
                            "en": "Use the report button of the social network or app.",
                            "pt": "Usa o botão «denunciar» da rede social ou da aplicação.",
                        },
                        TALK_TO_AN_ADULT,
                        {
                            "fr": "Si c'est une image intime, lis aussi la fiche sur le sexting : elle peut être signalée à la BEE SECURE Stopline.",
                            "de": "Wenn es ein intimes Bild ist, lies auch das Infoblatt über Sexting: Es kann bei der BEE SECURE Stopline gemeldet werden.",
                            "lb": "Wann et en intimt Bild ass, liess och den Infoblat iwwer Sexting: Et ka bei der BEE SECURE Stopline gemellt ginn.",
                            "en": "If it is an intimate image, read the sexting factsheet too: it can be reported to the BEE SECURE Stopline.",
                            "pt": "Se for uma imagem íntima, lê também a ficha sobre o sexting: pode ser denunciada à BEE SECURE Stopline.",
                        },
                    ],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": FOR_ADULTS,
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Demandez à vos enfants ou à vos élèves avant de publier des photos d'eux : ils apprennent ainsi à demander à leur tour.",
                            "de": "Fragen Sie Ihre Kinder oder Schülerinnen und Schüler, bevor Sie Fotos von ihnen veröffentlichen: So lernen sie, selbst auch zu fragen.",
                            "lb": "Frot Är Kanner oder Schüler, ier Dir Fotoe vun hinne publizéiert: Esou léiere si, selwer och ze froen.",
                            "en": "Ask your children or pupils before you post photos of them: that way they learn to ask too.",
                            "pt": "Pergunte aos seus filhos ou alunos antes de publicar fotos deles: assim aprendem a perguntar também.",
                        },
                        {
                            "fr": "Pour une question précise, la BEE SECURE Helpline (26 64 05 44) conseille les enfants, les parents et les éducateurs sur l'usage des nouveaux médias.",
                            "de": "Bei einer konkreten Frage berät die BEE SECURE Helpline (26 64 05 44) Kinder, Eltern und pädagogische Fachkräfte zur Nutzung neuer Medien.",
                            "lb": "Bei enger konkreter Fro beréit d'BEE SECURE Helpline (26 64 05 44) Kanner, Elteren an Erzéier iwwer d'Notze vun neie Medien.",
                            "en": "For a specific question, the BEE SECURE Helpline (26 64 05 44) advises children, parents and educators on using new media.",
                            "pt": "Para uma questão concreta, a BEE SECURE Helpline (26 64 05 44) aconselha crianças, pais e educadores sobre a utilização dos novos meios de comunicação.",
                        },
                    ],
                },
            ),
            ("related_links", {"heading": "", "links": related}),
        ],
    )
