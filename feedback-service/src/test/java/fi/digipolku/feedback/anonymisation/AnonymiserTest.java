package fi.digipolku.feedback.anonymisation;

import static fi.digipolku.feedback.anonymisation.Category.ADDRESS;
import static fi.digipolku.feedback.anonymisation.Category.COORDINATES;
import static fi.digipolku.feedback.anonymisation.Category.EMAIL;
import static fi.digipolku.feedback.anonymisation.Category.IDENTITY_CODE;
import static fi.digipolku.feedback.anonymisation.Category.IP_ADDRESS;
import static fi.digipolku.feedback.anonymisation.Category.NAME;
import static fi.digipolku.feedback.anonymisation.Category.NUMBER;
import static fi.digipolku.feedback.anonymisation.Category.PHONE;
import static fi.digipolku.feedback.anonymisation.Category.POSTAL_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of realistic Finnish feedback sentences per category of personal data, each with its exact anonymised form
 * and counts, and a corpus of ordinary sentences that must come through unchanged.
 */
class AnonymiserTest {

    private static final Anonymiser ANONYMISER = new Anonymiser();

    static Stream<Arguments> identityCodes() {
        return Stream.of(
                sample("hetu １３１０５２－３０８Ｔ", "hetu [HETU]", IDENTITY_CODE, 1),
                sample("Hetuni on 131052-308T, tarkistakaa tiedot.", "Hetuni on [HETU], tarkistakaa tiedot.",
                        IDENTITY_CODE, 1),
                sample("Henkilötunnukseni 010101A123B löytyy lomakkeesta.",
                        "Henkilötunnukseni [HETU] löytyy lomakkeesta.", IDENTITY_CODE, 1),
                sample("Äitini tunnus on 311299-999X ja hän on jo iäkäs.",
                        "Äitini tunnus on [HETU] ja hän on jo iäkäs.", IDENTITY_CODE, 1),
                // Wrong check character: still a person's code, still removed.
                sample("Kirjoitin hetun väärin: 131052-308S.", "Kirjoitin hetun väärin: [HETU].", IDENTITY_CODE, 1),
                sample("hetu 131052a308t pienillä kirjaimilla", "hetu [HETU] pienillä kirjaimilla", IDENTITY_CODE,
                        1),
                sample("Tunnus 131052 - 308T välilyönneillä.", "Tunnus [HETU] välilyönneillä.", IDENTITY_CODE, 1),
                sample("Isoisäni 010150+123K syntyi 1800-luvulla.", "Isoisäni [HETU] syntyi [NUMERO]-luvulla.",
                        IDENTITY_CODE, 1, NUMBER, 1),
                sample("Tytön tunnus 050523B456U ja pojan 120721F789C.", "Tytön tunnus [HETU] ja pojan [HETU].",
                        IDENTITY_CODE, 2),
                sample("Uusi tunnus 010110Y123K tuli postissa.", "Uusi tunnus [HETU] tuli postissa.", IDENTITY_CODE,
                        1),
                // A word processor turns the hyphen into an en dash.
                sample("Hetu on 131052–308T (ajatusviivalla).", "Hetu on [HETU] (ajatusviivalla).", IDENTITY_CODE,
                        1));
    }

    static Stream<Arguments> emails() {
        return Stream.of(
                // full-width forms as some phone keyboards write them
                sample("matti＠example．fi on sähköpostini", "[EMAIL] on sähköpostini", EMAIL, 1),
                sample("Lähetä vastaus osoitteeseen matti.virtanen@example.com kiitos.",
                        "Lähetä vastaus osoitteeseen [EMAIL] kiitos.", EMAIL, 1),
                sample("Sähköpostini on maija.meikalainen(at)gmail.com.", "Sähköpostini on [EMAIL].", EMAIL, 1),
                sample("Vastatkaa: pekka_k+palaute@sub.example.co.uk", "Vastatkaa: [EMAIL]", EMAIL, 1),
                sample("Yhteys: ANNA.KORHONEN@HUS.FI", "Yhteys: [EMAIL]", EMAIL, 1),
                sample("Laitoin viestin osoitteesta k.laine85@outlook.fi, mutta vastausta ei tullut.",
                        "Laitoin viestin osoitteesta [EMAIL], mutta vastausta ei tullut.", EMAIL, 1),
                sample("Osoite on jussi[at]kotiposti.net eikä mikään muu.", "Osoite on [EMAIL] eikä mikään muu.",
                        EMAIL, 1),
                sample("Tytär (tytar2010@luukku.com) hoitaa asiointini.", "Tytär ([EMAIL]) hoitaa asiointini.",
                        EMAIL, 1),
                sample("Sähköposti äiti.mäkelä@esimerkki.fi toimii.", "Sähköposti [EMAIL] toimii.", EMAIL, 1),
                sample("Vastaus meni roskapostiin osoitteesta info-palaute@kunta.fi.",
                        "Vastaus meni roskapostiin osoitteesta [EMAIL].", EMAIL, 1));
    }

    static Stream<Arguments> phones() {
        return Stream.of(
                sample("Soittakaa minulle numeroon 040 123 4567 iltaisin.",
                        "Soittakaa minulle numeroon [PUHELIN] iltaisin.", PHONE, 1),
                sample("Numeroni on 040-1234567.", "Numeroni on [PUHELIN].", PHONE, 1),
                sample("Tavoittaa numerosta +358 40 1234567 päivisin.", "Tavoittaa numerosta [PUHELIN] päivisin.",
                        PHONE, 1),
                sample("Vaimoni numero on 050 765 4321.", "Vaimoni numero on [PUHELIN].", PHONE, 1),
                sample("Soitin numeroon 09 123 456 mutta kukaan ei vastannut.",
                        "Soitin numeroon [PUHELIN] mutta kukaan ei vastannut.", PHONE, 1),
                sample("Vastaanoton numero (09) 1234 5678 oli aina varattu.",
                        "Vastaanoton numero [PUHELIN] oli aina varattu.", PHONE, 1),
                sample("Puh. 0401234567", "Puh. [PUHELIN]", PHONE, 1),
                sample("Ulkomailta soitan numerosta +46 70 123 45 67.", "Ulkomailta soitan numerosta [PUHELIN].",
                        PHONE, 1),
                sample("Tavoitatte minut numerosta 00358 44 123 4567 tai +358 (0)40 123 4567.",
                        "Tavoitatte minut numerosta [PUHELIN] tai [PUHELIN].", PHONE, 2),
                sample("Soita 045 12345678 tai 014 123 4567.", "Soita [PUHELIN] tai [PUHELIN].", PHONE, 2),
                // Without a trunk prefix only a phone context tells it is a phone number.
                sample("Puh. 123 4567 iltaisin.", "Puh. [PUHELIN] iltaisin.", PHONE, 1));
    }

    static Stream<Arguments> ipAddresses() {
        return Stream.of(
                sample("Kotikoneeni IP on 192.168.1.20 ja yhteys katkesi.", "Kotikoneeni IP on [IP] ja yhteys katkesi.",
                        IP_ADDRESS, 1),
                sample("Palvelin 10.0.0.1:8080 ei vastannut.", "Palvelin [IP] ei vastannut.", IP_ADDRESS, 1),
                sample("Osoite 2001:db8::1 näkyi virheilmoituksessa.", "Osoite [IP] näkyi virheilmoituksessa.",
                        IP_ADDRESS, 1),
                sample("Virheviestissä luki 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "Virheviestissä luki [IP].",
                        IP_ADDRESS, 1),
                sample("Yhteys kulki fe80::1ff:fe23:4567:890a%eth0 kautta.", "Yhteys kulki [IP] kautta.",
                        IP_ADDRESS, 1),
                sample("Lokissa oli ::ffff:192.0.2.128 ja ::1.", "Lokissa oli [IP] ja [IP].", IP_ADDRESS, 2),
                sample("Verkko 172.16.0.0/12 oli estetty.", "Verkko [IP] oli estetty.", IP_ADDRESS, 1),
                sample("Sovellus näytti osoitteen 8.8.8.8 ennen kaatumista.",
                        "Sovellus näytti osoitteen [IP] ennen kaatumista.", IP_ADDRESS, 1),
                sample("Reititin 2001:DB8:0:0:8:800:200C:417A vaihdettiin.", "Reititin [IP] vaihdettiin.", IP_ADDRESS,
                        1));
    }

    static Stream<Arguments> coordinates() {
        return Stream.of(
                sample("Olin kohdassa 60.1699, 24.9384 kun kaaduin.", "Olin kohdassa [SIJAINTI] kun kaaduin.",
                        COORDINATES, 1),
                sample("Ambulanssi tuli paikkaan 60,1699 N 24,9384 E.", "Ambulanssi tuli paikkaan [SIJAINTI].",
                        COORDINATES, 1),
                sample("Sijainti 60°10′12″N 24°56′15″E näkyi sovelluksessa.",
                        "Sijainti [SIJAINTI] näkyi sovelluksessa.", COORDINATES, 1),
                sample("Mökkimme on koordinaateissa 61.4978,23.7610.", "Mökkimme on koordinaateissa [SIJAINTI].",
                        COORDINATES, 1),
                sample("Kaaduin kohdassa N 60° 10.123 E 024° 56.123 lenkillä.", "Kaaduin kohdassa [SIJAINTI] lenkillä.",
                        COORDINATES, 1),
                sample("Paikka oli 60°10'12\"N, 24°56'15\"E.", "Paikka oli [SIJAINTI].", COORDINATES, 1),
                sample("Sijaintini 60.169900°, 24.938400° lähetettiin.", "Sijaintini [SIJAINTI] lähetettiin.",
                        COORDINATES, 1),
                sample("Koordinaatit 65,0121 P 25,4651 I kirjoitin lomakkeeseen.",
                        "Koordinaatit [SIJAINTI] kirjoitin lomakkeeseen.", COORDINATES, 1),
                sample("Hätäkeskus sai sijainnin 60.1699 N ja tuli.", "Hätäkeskus sai sijainnin [SIJAINTI] ja tuli.",
                        COORDINATES, 1));
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                sample("Asun Hämeenkatu 12 B 5, 33100 Tampere", "Asun [OSOITE], [POSTINUMERO] Tampere", ADDRESS, 1,
                        POSTAL_CODE, 1),
                sample("Asun Mannerheimintiellä 12 A 4.", "Asun [OSOITE].", ADDRESS, 1),
                sample("Osoitteeni on Kauppakatu 3 as 14.", "Osoitteeni on [OSOITE].", ADDRESS, 1),
                sample("Kotikäynti osoitteeseen Koivukuja 7 onnistui hyvin.",
                        "Kotikäynti osoitteeseen [OSOITE] onnistui hyvin.", ADDRESS, 1),
                sample("Uusi osoitteeni on Rantapolku 2 C 15.", "Uusi osoitteeni on [OSOITE].", ADDRESS, 1),
                sample("Vanha Porvoontie 256 C 3 on kotini.", "[OSOITE] on kotini.", ADDRESS, 1),
                sample("Äitini asuu Storgatan 5 Vaasassa.", "Äitini asuu [OSOITE] Vaasassa.", ADDRESS, 1),
                sample("Kävin Hämeenkatu 12:ssa toimipisteessä.", "Kävin [OSOITE] toimipisteessä.", ADDRESS, 1),
                sample("Osoite: Itäinen Pitkäkatu 8 b 12, Turku.", "Osoite: [OSOITE], Turku.", ADDRESS, 1),
                sample("Asumme Linnankoskenkatu 20-22 B 3 as 14.", "Asumme [OSOITE].", ADDRESS, 1),
                // A URL is replaced whole: its path or query may carry a name or an identifier.
                sample("Verkkosivu https://www.example.fi/profiili?id=1234 ei toiminut.",
                        "Verkkosivu [OSOITE] ei toiminut.", ADDRESS, 1),
                sample("Ajanvaraus www.esimerkki.fi/ajanvaraus/matti-virtanen näytti väärää.",
                        "Ajanvaraus [OSOITE] näytti väärää.", ADDRESS, 1));
    }

    static Stream<Arguments> postalCodes() {
        return Stream.of(
                sample("Postinumero 00100.", "Postinumero [POSTINUMERO].", POSTAL_CODE, 1),
                sample("Postinumeroni on 33100 ja kaupunki Tampere.",
                        "Postinumeroni on [POSTINUMERO] ja kaupunki Tampere.",
                        POSTAL_CODE, 1),
                sample("Asun osoitteessa FI-00100 Helsinki.", "Asun osoitteessa [POSTINUMERO] Helsinki.", POSTAL_CODE,
                        1),
                sample("Lähetä kirje Kauppakatu 3, 40100 Jyväskylä.", "Lähetä kirje [OSOITE], [POSTINUMERO] Jyväskylä.",
                        ADDRESS, 1, POSTAL_CODE, 1),
                sample("Olen kotoisin 90100 Oulusta.", "Olen kotoisin [POSTINUMERO] Oulusta.", POSTAL_CODE, 1),
                sample("Kirje palautui, vaikka kirjoitin 65100 VAASA.",
                        "Kirje palautui, vaikka kirjoitin [POSTINUMERO] VAASA.",
                        POSTAL_CODE, 1),
                sample("Postinumero: 20100", "Postinumero: [POSTINUMERO]", POSTAL_CODE, 1),
                sample("Asun alueella 02100 Espoo.", "Asun alueella [POSTINUMERO] Espoo.", POSTAL_CODE, 1),
                sample("Storgatan 5, 65100 Vasa.", "[OSOITE], [POSTINUMERO] Vasa.", ADDRESS, 1, POSTAL_CODE, 1));
    }

    static Stream<Arguments> names() {
        return Stream.of(
                sample("Lääkäri Mäkinen ei kuunnellut.", "Lääkäri [NIMI] ei kuunnellut.", NAME, 1),
                sample("Kiitos Virtaselle ja Annalle!", "Kiitos [NIMI] ja [NIMI]!", NAME, 2),
                sample("Tuuli Virtanen hoiti minua hyvin.", "[NIMI] hoiti minua hyvin.", NAME, 1),
                sample("Hoitaja Tuuli auttoi minua.", "Hoitaja [NIMI] auttoi minua.", NAME, 1),
                // Unknown names after an introduction or a title.
                sample("Nimeni on Aune Jokelainen.", "Nimeni on [NIMI].", NAME, 1),
                sample("Olen Aune ja asun Tampereella.", "Olen [NIMI] ja asun Tampereella.", NAME, 1),
                sample("Sairaanhoitaja Jokelainen oli ihana.", "Sairaanhoitaja [NIMI] oli ihana.", NAME, 1),
                sample("Tapasin tri. Jokelaisen eilen.", "Tapasin tri. [NIMI] eilen.", NAME, 1),
                sample("Soitin terveydenhoitajalle Kinnuselle.", "Soitin terveydenhoitajalle [NIMI].", NAME, 1),
                sample("Soitin Pekalle ja hän vastasi heti.", "Soitin [NIMI] ja hän vastasi heti.", NAME, 1),
                sample("Anna-Liisa Korhonen soitti minulle.", "[NIMI] soitti minulle.", NAME, 1),
                sample("Kiitos sairaanhoitaja Laineelle ja lääkäri Niemelle!",
                        "Kiitos sairaanhoitaja [NIMI] ja lääkäri [NIMI]!", NAME, 2),
                sample("Terveydenhoitaja Kinnusen ohjeet olivat selkeät.",
                        "Terveydenhoitaja [NIMI] ohjeet olivat selkeät.",
                        NAME, 1),
                sample("PEKKA VIRTANEN SOITTI MINULLE.", "[NIMI] SOITTI MINULLE.", NAME, 1),
                // Capitalised in mid-sentence an ordinary word is a name; at the start it is the word.
                sample("Meri oli tyyni.", "Meri oli tyyni."),
                sample("Eilen Meri soitti minulle.", "Eilen [NIMI] soitti minulle.", NAME, 1),
                // Once a name, every other mention goes too, at the start of a sentence as well.
                sample("Meri soitti. Kiitos Merille!", "[NIMI] soitti. Kiitos [NIMI]!", NAME, 2),
                // After a first name a surname in any case (usually only the surname is inflected), not a place.
                sample("Matti Jokelainen soitti, mutta Matti Helsingistä ei.",
                        "[NIMI] soitti, mutta [NIMI] Helsingistä ei.", NAME, 2),
                sample("Kiitos Matti Jokelaiselle!", "Kiitos [NIMI]!", NAME, 1),
                sample("Hoitaja Venla Öhman soitti.", "Hoitaja [NIMI] soitti.", NAME, 1),
                sample("Kaj Lindman vastasi.", "[NIMI] vastasi.", NAME, 1),
                // Names of Finland's larger immigrant groups, inflected in Finnish too.
                sample("Soitin Ahmedille ja Svetlana Petrovalle.", "Soitin [NIMI] ja [NIMI].", NAME, 2),
                sample("Tulkki Abdirahman Warsame auttoi.", "Tulkki [NIMI] auttoi.", NAME, 1),
                // Lowercase names typed on a phone, names in compounds, after family words, in Swedish and English.
                sample("kiitos pirkko", "kiitos [NIMI]", NAME, 1),
                sample("Onni-poikamme voi hyvin.", "[NIMI]-poikamme voi hyvin.", NAME, 1),
                sample("Onni oli matkassa.", "Onni oli matkassa."),
                sample("Äitini Liisa kävi vastaanotolla.", "Äitini [NIMI] kävi vastaanotolla.", NAME, 1),
                sample("Barnmorskan Ebba var fantastisk.", "Barnmorskan [NIMI] var fantastisk.", NAME, 1),
                sample("Hej, jag heter Tove och min mamma Britt är sjuk.",
                        "Hej, jag heter [NIMI] och min mamma [NIMI] är sjuk.", NAME, 2),
                sample("My name is Emily Clarke and my husband Tom called.",
                        "My name is [NIMI] and my husband [NIMI] called.", NAME, 2),
                // After a first name in the nominative the surname carries the case, a town's name too.
                sample("Kiitokset Kirsi Salolle ja koko tiimille Lahdessa.",
                        "Kiitokset [NIMI] ja koko tiimille Lahdessa.", NAME, 1),
                sample("Hoitaja Kaisa Nieminen soitti. Myöhemmin Niemiselle oli vaikea saada aikaa.",
                        "Hoitaja [NIMI] soitti. Myöhemmin [NIMI] oli vaikea saada aikaa.", NAME, 2),
                sample("kiitos pirkko ja jukka, olitte ihania", "kiitos [NIMI] ja [NIMI], olitte ihania", NAME, 2),
                sample("Olin Hamid Rezaeilla kylässä.", "Olin [NIMI] kylässä.", NAME, 1),
                // Names in their own script; invisible characters and full-width forms do not hide anything.
                sample("Kiitos محمد علي ja Фатима avusta.", "Kiitos [NIMI] ja [NIMI] avusta.", NAME, 2),
                sample("Kiitos Mat\u200Dti Vir\u00ADtaselle", "Kiitos [NIMI]", NAME, 1),
                // A place that is also a surname: after a title or a first name.
                sample("Fysioterapeutti Salo neuvoi hyvin.", "Fysioterapeutti [NIMI] neuvoi hyvin.", NAME, 1),
                sample("Matti Lahti vastasi puheluun.", "[NIMI] vastasi puheluun.", NAME, 1),
                sample("Soitin Matille Lahteen.", "Soitin [NIMI] Lahteen.", NAME, 1),
                sample("Mäkisen perhe kiittää.", "[NIMI] perhe kiittää.", NAME, 1),
                sample("Rouva Hämäläinen oli ystävällinen.", "Rouva [NIMI] oli ystävällinen.", NAME, 1),
                sample("Ystävällisin terveisin,\nTuuli", "Ystävällisin terveisin,\n[NIMI]", NAME, 1),
                sample("Onni Aho soitti ja kysyi Heikiltä.", "[NIMI] soitti ja kysyi [NIMI].", NAME, 2));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                sample("Kävin 12.3.2024 klo 14.30 vastaanotolla ja maksoin 25,50 euroa.",
                        "Kävin [NUMERO] klo [NUMERO] vastaanotolla ja maksoin [NUMERO] euroa.", NUMBER, 3),
                sample("Jonotin 45 minuuttia.", "Jonotin [NUMERO] minuuttia.", NUMBER, 1),
                sample("Lasku 123456789 maksettiin.", "Lasku [NUMERO] maksettiin.", NUMBER, 1),
                sample("Kello oli 10:15:30 kun yhteys katkesi.", "Kello oli [NUMERO] kun yhteys katkesi.", NUMBER, 1),
                sample("Maksoin 12000 euroa.", "Maksoin [NUMERO] euroa.", NUMBER, 1),
                sample("Asiakasnumero 12345 ei toiminut.", "Asiakasnumero [NUMERO] ei toiminut.", NUMBER, 1),
                sample("Vastaanotto oli auki 8.00-16.00 ja 01.02.2024 kävin siellä.",
                        "Vastaanotto oli auki [NUMERO]-[NUMERO] ja [NUMERO] kävin siellä.", NUMBER, 3),
                sample("Olen 85-vuotias.", "Olen [NUMERO]-vuotias.", NUMBER, 1),
                sample("Kuume oli 38,5 °C illalla.", "Kuume oli [NUMERO] °C illalla.", NUMBER, 1));
    }

    static Stream<Arguments> mixed() {
        return Stream.of(
                sample("Olen Matti Virtanen (131052-308T), puh. 040 123 4567, matti@example.fi, Hämeenkatu 12 B 5, "
                        + "33100 Tampere.",
                        "Olen [NIMI] ([HETU]), puh. [PUHELIN], [EMAIL], [OSOITE], [POSTINUMERO] Tampere.", NAME, 1,
                        IDENTITY_CODE, 1, PHONE, 1, EMAIL, 1, ADDRESS, 1, POSTAL_CODE, 1),
                sample("Hoitaja Laine soitti 12.5. numerosta 09 123 456 ja kertoi, että lääkäri Korhonen on lomalla.",
                        "Hoitaja [NIMI] soitti [NUMERO]. numerosta [PUHELIN] ja kertoi, että lääkäri [NIMI] on lomalla.",
                        NAME, 2, NUMBER, 1, PHONE, 1));
    }

    @ParameterizedTest
    @MethodSource("identityCodes")
    void identityCodes(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("emails")
    void emails(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("phones")
    void phones(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("ipAddresses")
    void ipAddresses(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("coordinates")
    void coordinates(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void addresses(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("postalCodes")
    void postalCodes(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("names")
    void names(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numbers(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @MethodSource("mixed")
    void mixed(String input, String expected, Map<Category, Integer> counts) {
        assertAnonymised(input, expected, counts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hoitaja oli ystävällinen ja vastasi nopeasti.",
            "Tuuli oli kova, mutta hoitaja tuli ajallaan.", "Kesällä vastaanotto oli suljettu.",
            "Onneksi sain ajan nopeasti.", "Asun Lahdessa ja käyn Salon sairaalassa.", "Olen tyytyväinen hoitoon.",
            "Olen Tampereelta.", "Toivon, että palvelu paranee.", "Anna palautetta rohkeasti.",
            "Pian sen jälkeen sain kutsun.", "Ainoa ongelma oli pitkä jono.",
            "Aamulla jonotin puhelimessa, mutta illalla pääsin läpi.", "Lumi oli peittänyt pysäköintipaikan.",
            "Valo odotushuoneessa oli liian kirkas.", "Usko hoitoon palasi.",
            "Satu, jota lapselle luettiin, rauhoitti häntä.", "Koski kuohui ikkunan takana.",
            "Kävin Kalliossa lääkärissä.", "Helsingissä ja Tampereella palvelu oli yhtä hyvää.",
            "Lääkäri kuunteli ja selitti asiat selkeästi.", "Olen Kelan asiakas ja Suomen kansalainen.",
            "Hoitopolku oli selkeä ja digitaalinen palvelu toimi.", "Kävelykatu oli täynnä ihmisiä.",
            "Rauha ja hiljaisuus auttoivat toipumaan.", "Kiitos hyvästä hoidosta!", "Suvi-illat ovat kauniita.",
            "Järvi näkyi ikkunasta.", "Into oli kova, mutta voimat loppuivat.",
            "Terveyskeskuksen ajanvaraus toimi hyvin.", "Mehiläisen lääkäri oli asiantunteva.",
            "Uskon, että hoito auttaa.", "Armas kotini odotti minua.", "Kai se menee näin.",
            "Sade alkoi juuri kun lähdin.", "Ilta oli pitkä ja yö vielä pidempi.",
            "Omakanta-palvelussa näin tulokset.", "HUS:n päivystys toimi hyvin.",
            "Asun Mannerheimintiellä lähellä asemaa.", "Hoitaja: kiitos kärsivällisyydestä!",
            "Virta katkesi kesken etävastaanoton.", "Mäki oli liukas, joten kaaduin.",
            "Hoitaja oli ystävällinen.\nLääkäri oli kiireinen.\n\nKiitos silti!",
            "Palvelu oli  hyvää   ja\tnopeaa."})
    void ordinaryTextStaysExactlyTheSame(String text) {
        Anonymised result = ANONYMISER.anonymise(text);

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.removed()).isEmpty();
        assertThat(result.totalRemoved()).isZero();
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(ANONYMISER.anonymise("").text()).isEmpty();
        assertThat(ANONYMISER.anonymise("").removed()).isEmpty();
    }

    @Test
    void nullIsRefusedWithoutEchoingAnything() {
        assertThatThrownBy(() -> ANONYMISER.anonymise(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void countsAreReadOnlyAndPerCategory() {
        Anonymised result = ANONYMISER.anonymise("Soita 040 123 4567 tai 050 765 4321, Pekka.");

        assertThat(result.text()).isEqualTo("Soita [PUHELIN] tai [PUHELIN], [NIMI].");
        assertThat(result.removed(PHONE)).isEqualTo(2);
        assertThat(result.removed(EMAIL)).isZero();
        assertThat(result.totalRemoved()).isEqualTo(3);
        assertThatThrownBy(() -> result.removed().put(EMAIL, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneInstanceServesManyThreadsAlike() throws Exception {
        List<String> inputs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Stream.of(identityCodes(), phones(), names(), addresses()).flatMap(s -> s).forEach(arguments -> {
            inputs.add((String) arguments.get()[0]);
            expected.add((String) arguments.get()[1]);
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        out.clear();
                        inputs.forEach(input -> out.add(ANONYMISER.anonymise(input).text()));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAnonymised(String input, String expected, Map<Category, Integer> counts) {
        Anonymised result = ANONYMISER.anonymise(input);

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.removed()).isEqualTo(counts);
    }

    /** One corpus entry: the raw sentence, its anonymised form, and category-count pairs. */
    private static Arguments sample(String input, String expected, Object... categoryCounts) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (int i = 0; i < categoryCounts.length; i += 2) {
            counts.put((Category) categoryCounts[i], (Integer) categoryCounts[i + 1]);
        }
        return Arguments.of(input, expected, counts);
    }
}
