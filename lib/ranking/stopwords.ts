// Function words of English and Indonesian, the two languages one Saring review mixes most.
// Dropping them keeps bigrams such as "of the" / "pada ibu" from carrying weight and shrinks
// the feature space; content words common in abstracts ("patients", "hasil") stay, because
// TF-IDF already weighs them down and they may matter to a review.

const ENGLISH = `a about above across after afterwards again against all almost alone along already also although
always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became
because become becomes becoming been before beforehand behind being below beside besides between beyond both but
by can cannot could did do does doing done down due during each either else elsewhere enough etc even ever every
everyone everything everywhere except few for former formerly from further had has have having he hence her here
hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just least
less many may me meanwhile might mine more moreover most mostly much must my myself neither never nevertheless next
no nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps rather same several she should since so some somehow someone something sometime sometimes
somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore
therein thereupon these they this those though through throughout thru thus to together too toward towards under
until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby
wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without
would yet you your yours yourself yourselves`;

const INDONESIAN = `ada adalah agar akan akhirnya aku amat anda antara apa apabila apakah atas atau bagai bagaimana
bagi bahkan bahwa baik banyak barulah beberapa begitu belum berbagai bersama beserta biasanya bila bilamana bisa
boleh bukan bukankah cukup dalam dan dapat dari daripada demi dengan di dia diantara dimana dirinya disini ditujukan
dua harus hingga ia ialah ini itu jadi jika juga justru kah kalau kami kamu kapan karena ke kecuali kemudian kenapa
kepada ketika kita lagi lain lalu maka mana masih melainkan melalui memang mengenai menjadi menurut mereka merupakan
meski meskipun mungkin namun nya oleh pada padahal para pernah pula saat saja salah sama sambil sampai sangat
sebab sebagai sebelum sebuah secara sedang sedangkan sehingga sejak sekali selain selama seluruh semua sendiri
seperti serta sesudah setelah setiap suatu sudah supaya tanpa tapi telah tentang tergolong tersebut tertentu
tetapi tiap untuk walau walaupun yaitu yakni yang`;

/** Lower-case function words of English and Indonesian. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${INDONESIAN}`.split(/\s+/).filter(Boolean));
