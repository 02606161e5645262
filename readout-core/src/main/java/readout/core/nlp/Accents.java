package readout.core.nlp;

/** Folding accents away, as names are matched in wire copy, which often drops the accents a dictionary keeps. */
public final class Accents {
    private Accents() {
    }

    /** Latin letters without their diacritics; a word in plain ASCII is returned as it is. */
    public static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 128;
        if (ascii) return word;
        String d = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(d.length());
        for (char c : d.toCharArray()) {
            sb.append(switch (c) {
                case 'ı' -> 'i';
                case 'ł' -> 'l';
                case 'Ł' -> 'L';
                case 'ø' -> 'o';
                case 'Ø' -> 'O';
                case 'đ' -> 'd';
                case 'Đ' -> 'D';
                default -> c;
            });
        }
        return sb.toString();
    }
}
