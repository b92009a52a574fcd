from ..builders import FactsheetContent
from .common import (
    FOR_ADULTS,
    KJT_LINK,
    NEVER_FORWARD,
    REPORT_SOON,
    SHARING_RULE,
    STOPLINE_FOR_ADULTS,
    STOPLINE_LINK,
    STOPLINE_STEP,
    TALK_TO_AN_ADULT,
    UNDER_18,
    VIEWING_RULE,
    article,
    page_link,
)

NOTES = (
    "What these images are, revictimisation, found on legal sites: 001 L103. Stopline: reports go straight to its "
    "team and are dealt with together with national and international authorities (001 L325); anonymous "
    "(001 L329; 000 L565-567); identifier number (001 L329); no amendment or cancel (001 L333); since 2008, "
    "formerly LISA Stopline (002 L15); run by KJT, an INHOPE member (000 L136-139). "
    "ARTICLE NUMBERS CONTRADICT (DIGEST 9.1 #1): 001 L341 lists under 'article 383' both making, transporting and "
    "commercial distribution (1 to 5 years, 251 to 75,000 euros) AND the two ranges that 000 L641-656 gives as "
    "art. 383ter; 000 never quotes art. 383. We show art. 383 for commercial making and distribution (only 001 "
    "gives it) and art. 383ter for recording and distributing (000's text): a lawyer must confirm both numbers. "
    "Art. 384: 000 L559-563, L661-670. 12321: 001 L129. Professional secrecy: 001 L111; the legal duty of art. 140 "
    "covers crimes only and child-pornography offences are délits (001 L113), so we claim no legal duty to report. "
    "'Copy the link, then close the page' and 'report the address, not the image' follow PRODUCT-NOTES (Reporting)."
)


def content(built):
    related = [STOPLINE_LINK]
    related += [page_link(built[slug]) for slug in ("sexting", "grooming") if slug in built]
    related.append(KJT_LINK)
    return FactsheetContent(
        slug={
            "fr": "images-illegales",
            "de": "illegale-bilder",
            "lb": "illegal-biller",
            "en": "illegal-images",
            "pt": "imagens-ilegais",
        },
        title={
            "fr": "Images d'abus sexuels sur enfants",
            "de": "Darstellungen von sexuellem Kindesmissbrauch",
            "lb": "Biller vu sexuellem Mëssbrauch vu Kanner",
            "en": "Child sexual abuse images",
            "pt": "Imagens de abuso sexual de crianças",
        },
        intro={
            "fr": "Si tu tombes sur une image ou une vidéo sexuelle d'un enfant, ne la partage pas et ne la garde pas : signale l'adresse où tu l'as vue.",
            "de": "Wenn du auf ein sexuelles Bild oder Video eines Kindes stößt, teile es nicht und behalte es nicht: Melde die Adresse, unter der du es gesehen hast.",
            "lb": "Wann s du op e sexuellt Bild oder Video vun engem Kand stéiss, deel et net a behal et net: Mell d'Adress, wou s du et gesinn hues.",
            "en": "If you come across a sexual image or video of a child, do not share it and do not keep it: report the address where you saw it.",
            "pt": "Se encontrares uma imagem ou um vídeo sexual de uma criança, não o partilhes nem o guardes: denuncia o endereço onde o viste.",
        },
        topics=("illegal-images",),
        audiences=("pupils", "parents", "teachers", "professionals"),
        age_bands=("12-14", "15-18"),
        editor_notes=NOTES,
        body=[
            (
                "key_facts",
                {
                    "heading": "",
                    "facts": [
                        {
                            "fr": "Les enfants montrés sur ces images sont des victimes d'abus sexuels.",
                            "de": "Die Kinder auf diesen Bildern sind Opfer sexuellen Missbrauchs.",
                            "lb": "D'Kanner op dëse Biller sinn Affer vu sexuellem Mëssbrauch.",
                            "en": "The children shown in these images are victims of sexual abuse.",
                            "pt": "As crianças mostradas nestas imagens são vítimas de abuso sexual.",
                        },
                        {
                            "fr": "Chaque fois que quelqu'un regarde ces images, l'enfant est de nouveau victime.",
                            "de": "Jedes Mal, wenn jemand diese Bilder ansieht, wird das Kind erneut zum Opfer.",
                            "lb": "All Kéier, wann een dës Biller kuckt, gëtt d'Kand nees zum Affer.",
                            "en": "Every time someone looks at these images, the child is victimised again.",
                            "pt": "Sempre que alguém vê estas imagens, a criança volta a ser vítima.",
                        },
                        {
                            "fr": "On en trouve parfois sur des sites qui, eux, ne sont pas illégaux.",
                            "de": "Manchmal findet man sie auf Websites, die selbst nicht illegal sind.",
                            "lb": "Heiansdo fënnt een se op Websäiten, déi selwer net illegal sinn.",
                            "en": "They sometimes turn up on websites that are not illegal themselves.",
                            "pt": "Às vezes aparecem em sites que, em si, não são ilegais.",
                        },
                        {
                            "fr": "La BEE SECURE Stopline reçoit ces signalements, même anonymes, et les traite avec les autorités au Luxembourg et à l'étranger.",
                            "de": "Die BEE SECURE Stopline nimmt diese Meldungen entgegen, auch anonym, und bearbeitet sie mit den Behörden in Luxemburg und im Ausland.",
                            "lb": "D'BEE SECURE Stopline hëlt dës Meldungen entgéint, och anonym, a behandelt se mat den Autoritéiten zu Lëtzebuerg an am Ausland.",
                            "en": "The BEE SECURE Stopline takes these reports, anonymous ones too, and deals with them together with the authorities in Luxembourg and abroad.",
                            "pt": "A BEE SECURE Stopline recebe estas denúncias, mesmo anónimas, e trata-as com as autoridades no Luxemburgo e no estrangeiro.",
                        },
                        {
                            "fr": "La Stopline existe au Luxembourg depuis 2008.",
                            "de": "Die Stopline gibt es in Luxemburg seit 2008.",
                            "lb": "D'Stopline gëtt et zu Lëtzebuerg zanter 2008.",
                            "en": "The Stopline has existed in Luxembourg since 2008.",
                            "pt": "A Stopline existe no Luxemburgo desde 2008.",
                        },
                    ],
                },
            ),
            (
                "what_the_law_says",
                {
                    "heading": "",
                    "rules": [
                        {
                            "rule": {
                                "fr": "Il est interdit de fabriquer, de transporter ou de diffuser pour de l'argent des images pornographiques qui montrent un enfant.",
                                "de": "Es ist verboten, pornografische Bilder, die ein Kind zeigen, herzustellen, zu transportieren oder gegen Geld zu verbreiten.",
                                "lb": "Et ass verbueden, pornografesch Biller, déi e Kand weisen, hierzestellen, ze transportéieren oder fir Geld ze verbreeden.",
                                "en": "It is forbidden to make, transport or distribute for money pornographic images showing a child.",
                                "pt": "É proibido fabricar, transportar ou divulgar por dinheiro imagens pornográficas que mostrem uma criança.",
                            },
                            "age": UNDER_18,
                            "article": article("383"),
                            "penalty": {
                                "fr": "De 1 à 5 ans de prison et une amende de 251 à 75 000 euros.",
                                "de": "1 bis 5 Jahre Gefängnis und eine Geldstrafe von 251 bis 75 000 Euro.",
                                "lb": "1 bis 5 Joer Prisong an eng Geldstrof vun 251 bis 75 000 Euro.",
                                "en": "1 to 5 years in prison and a fine of 251 to 75,000 euros.",
                                "pt": "De 1 a 5 anos de prisão e multa de 251 a 75 000 euros.",
                            },
                        },
                        SHARING_RULE,
                        VIEWING_RULE,
                    ],
                    "note": {
                        "fr": "Tu n'as pas besoin de garder ces images pour prouver quoi que ce soit : pour signaler, l'adresse suffit.",
                        "de": "Du musst solche Bilder nicht aufbewahren, um etwas zu beweisen: Für die Meldung reicht die Adresse.",
                        "lb": "Du muss esou Biller net behalen, fir eppes ze beweisen: Fir d'Meldung geet d'Adress duer.",
                        "en": "You do not need to keep such images to prove anything: the address is enough to report them.",
                        "pt": "Não precisas de guardar essas imagens para provar nada: para denunciar, basta o endereço.",
                    },
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": "",
                    "intro": "",
                    "actions": [
                        {
                            "fr": "Copie l'adresse de la page (le lien), puis ferme-la, sans rien télécharger ni partager.",
                            "de": "Kopiere die Adresse der Seite (den Link) und schließ sie dann, ohne etwas herunterzuladen oder zu teilen.",
                            "lb": "Kopéier d'Adress vun der Säit (de Link) a maach se dann zou, ouni eppes erofzelueden oder ze deelen.",
                            "en": "Copy the address of the page (the link), then close it, without downloading or sharing anything.",
                            "pt": "Copia o endereço da página (o link) e depois fecha-a, sem descarregar nem partilhar nada.",
                        },
                        {
                            "fr": "Signale l'adresse à la BEE SECURE Stopline. Tu peux le faire sans donner ton nom, et tu reçois un numéro pour suivre ton signalement.",
                            "de": "Melde die Adresse der BEE SECURE Stopline. Du kannst das tun, ohne deinen Namen anzugeben, und bekommst eine Nummer, mit der du deine Meldung verfolgen kannst.",
                            "lb": "Mell d'Adress der BEE SECURE Stopline. Du kanns dat maachen, ouni däin Numm unzeginn, an du kriss eng Nummer, fir deng Meldung ze verfollegen.",
                            "en": "Report the address to the BEE SECURE Stopline. You can do it without giving your name, and you get a number to follow your report.",
                            "pt": "Denuncia o endereço à BEE SECURE Stopline. Podes fazê-lo sem dar o teu nome, e recebes um número para acompanhar a denúncia.",
                        },
                        {
                            "fr": "Vérifie bien avant d'envoyer : une fois parti, un signalement à la Stopline ne peut plus être complété ni annulé.",
                            "de": "Prüf alles gut, bevor du es abschickst: Eine Meldung an die Stopline kann danach weder ergänzt noch zurückgezogen werden.",
                            "lb": "Kontrolléier alles gutt, ier s du se ofschécks: Eng Meldung un d'Stopline ka duerno weder ergänzt nach zréckgezu ginn.",
                            "en": "Check carefully before you send: once sent, a report to the Stopline cannot be added to or cancelled.",
                            "pt": "Verifica bem antes de enviar: depois de enviada, uma denúncia à Stopline não pode ser completada nem anulada.",
                        },
                        {
                            "fr": "Si ce que tu as vu te travaille, parles-en : le KannerJugendTelefon t'écoute au 116 111.",
                            "de": "Wenn dich das Gesehene beschäftigt, sprich darüber: Das KannerJugendTelefon hört dir unter 116 111 zu.",
                            "lb": "Wann dech dat, wat s du gesinn hues, beschäftegt, schwätz driwwer: De KannerJugendTelefon lauschtert dir um 116 111 no.",
                            "en": "If what you saw keeps bothering you, talk about it: KannerJugendTelefon listens on 116 111.",
                            "pt": "Se o que viste não te sai da cabeça, fala sobre isso: o KannerJugendTelefon ouve-te no 116 111.",
                        },
                    ],
                },
            ),
            (
                "if_it_happened",
                {
                    "heading": "",
                    "reassurance": {
                        "fr": "Si une image sexuelle de toi circule, tu es une victime : tu n'as rien à te reprocher.",
                        "de": "Wenn ein sexuelles Bild von dir herumgeht, bist du ein Opfer: Du hast dir nichts vorzuwerfen.",
                        "lb": "Wann e sexuellt Bild vun dir ronderëm geet, bass du en Affer: Du hues dir näischt virzewerfen.",
                        "en": "If a sexual image of you is going round, you are a victim: you have nothing to blame yourself for.",
                        "pt": "Se uma imagem sexual tua anda a circular, és uma vítima: não tens nada de que te culpar.",
                    },
                    "steps": [TALK_TO_AN_ADULT, STOPLINE_STEP, REPORT_SOON],
                },
            ),
            (
                "what_you_can_do",
                {
                    "heading": FOR_ADULTS,
                    "intro": "",
                    "actions": [
                        STOPLINE_FOR_ADULTS,
                        NEVER_FORWARD,
                        {
                            "fr": "Si vous savez qu'un enfant est abusé sexuellement au Luxembourg, signalez-le à la Police au 12321.",
                            "de": "Wenn Sie wissen, dass ein Kind in Luxemburg sexuell missbraucht wird, melden Sie es der Polizei unter 12321.",
                            "lb": "Wann Dir wësst, datt e Kand zu Lëtzebuerg sexuell mëssbraucht gëtt, mellt et der Police um 12321.",
                            "en": "If you know that a child in Luxembourg is being sexually abused, report it to the police on 12321.",
                            "pt": "Se souber que uma criança está a ser abusada sexualmente no Luxemburgo, denuncie à polícia pelo 12321.",
                        },
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
