// A few long-serving heads of state or government and foreign ministers, used only as a last resort
// to give an official an affiliation when the text names the person and the role but not the country
// ("President Donald Trump"). Surname → ISO alpha-2 code. Real, public and stable facts only.

export const LEADERS: Array<[fullName: string, code: string]> = [
  ['Donald Trump', 'US'], ['Joe Biden', 'US'], ['Barack Obama', 'US'], ['Antony Blinken', 'US'], ['Marco Rubio', 'US'],
  ['Vladimir Putin', 'RU'], ['Sergei Lavrov', 'RU'], ['Xi Jinping', 'CN'], ['Wang Yi', 'CN'], ['Narendra Modi', 'IN'],
  ['Recep Tayyip Erdoğan', 'TR'], ['Recep Tayyip Erdogan', 'TR'], ['Volodymyr Zelensky', 'UA'], ['Volodymyr Zelenskyy', 'UA'],
  ['Benjamin Netanyahu', 'IL'], ['Emmanuel Macron', 'FR'], ['Olaf Scholz', 'DE'], ['Angela Merkel', 'DE'],
  ['Rishi Sunak', 'GB'], ['Keir Starmer', 'GB'], ['Shehbaz Sharif', 'PK'], ['Asim Munir', 'PK'], ['Ebrahim Raisi', 'IR'],
  ['Masoud Pezeshkian', 'IR'], ['Ali Khamenei', 'IR'], ['Mohammed bin Salman', 'SA'], ['Kim Jong-un', 'KP'],
  ['Yoon Suk-yeol', 'KR'], ['Fumio Kishida', 'JP'], ['Anwar Ibrahim', 'MY'], ['Abdel Fattah al-Sisi', 'EG'],
  ['Paul Kagame', 'RW'], ['Felix Tshisekedi', 'CD'], ['Félix Tshisekedi', 'CD'], ['Gustavo Petro', 'CO'],
  ['Luiz Inácio Lula da Silva', 'BR'], ['Kyriakos Mitsotakis', 'GR'], ['Aleksandar Vučić', 'RS'], ['Aleksandar Vucic', 'RS'],
  ['Albin Kurti', 'XK'], ['Nikol Pashinyan', 'AM'], ['Ilham Aliyev', 'AZ'], ['Hun Manet', 'KH'], ['Abiy Ahmed', 'ET'], ['William Ruto', 'KE'], ['Cyril Ramaphosa', 'ZA'], ['Bola Tinubu', 'NG'], ['Tamim bin Hamad Al Thani', 'QA'],
  ['Subrahmanyam Jaishankar', 'IN'], ['S Jaishankar', 'IN'], ['Omar al-Bashir', 'SD'], ['Salva Kiir', 'SS'], ['Bashar al-Assad', 'SY'],
  ['Alexander Lukashenko', 'BY'], ['Shinzo Abe', 'JP'], ['Hassan Rouhani', 'IR'], ['Ali Akbar Salehi', 'IR'], ['Mohammad Javad Zarif', 'IR'],
  ['Mike Pompeo', 'US'], ['John Kerry', 'US'], ['Hillary Clinton', 'US'], ['Kamala Harris', 'US'], ['Nursultan Nazarbayev', 'KZ'],
  ['Kassym-Jomart Tokayev', 'KZ'], ['Shavkat Mirziyoyev', 'UZ'], ['Emomali Rahmon', 'TJ'], ['Gurbanguly Berdimuhamedow', 'TM'],
  ['Mahmoud Abbas', 'PS'], ['Isaias Afwerki', 'ER'], ['Yoweri Museveni', 'UG'], ['Paul Biya', 'CM'], ['Denis Sassou Nguesso', 'CG'],
  ['Salman bin Abdulaziz', 'SA'], ['Mohammed bin Zayed', 'AE'], ['Abdullah bin Zayed', 'AE'], ['Nicolás Maduro', 'VE'], ['Nicolas Maduro', 'VE'],
  ['Justin Trudeau', 'CA'], ['Theresa May', 'GB'], ['Boris Johnson', 'GB'], ['David Cameron', 'GB'], ['Mark Rutte', 'NL'],
  ['Imran Khan', 'PK'], ['Nawaz Sharif', 'PK'], ['Sheikh Hasina', 'BD'], ['Moon Jae-in', 'KR'],
  ['Rodrigo Duterte', 'PH'], ['Ferdinand Marcos Jr', 'PH'], ['Joko Widodo', 'ID'], ['Prabowo Subianto', 'ID'], ['Li Keqiang', 'CN'],
  ['Dmitry Medvedev', 'RU'], ['Sergey Lavrov', 'RU'], ['Mevlüt Çavuşoğlu', 'TR'], ['Mevlut Cavusoglu', 'TR'], ['Hakan Fidan', 'TR'],
  ['Dmytro Kuleba', 'UA'], ['Petro Poroshenko', 'UA'], ['François Hollande', 'FR'], ['Francois Hollande', 'FR'], ['Giorgia Meloni', 'IT'],
];

/**
 * Offices that, written with no state, are one state's ("Secretary of State Mike Pompeo"), and
 * institutions that stand for their state before a title ("White House aide X", "Kremlin spokesman X").
 */
export const OFFICE_STATES: Array<[title: string, code: string]> = [['Secretary of State', 'US'], ['External Affairs Minister', 'IN']];

export const INSTITUTION_STATES: Array<[phrase: string, code: string]> = [
  ['white house', 'US'], ['pentagon', 'US'], ['state department', 'US'], ['kremlin', 'RU'], ['downing street', 'GB'],
  ['elysee', 'FR'], ['élysée', 'FR'], ['blue house', 'KR'], ['zhongnanhai', 'CN'], ['knesset', 'IL'],
];
