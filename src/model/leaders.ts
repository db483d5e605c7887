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
];
