#!/usr/bin/env python3
"""Source of rules/people.json (python3 stdlib only).

    python3 scripts/gen_people.py > rules/people.json

One person per line:   Full Name | extra aliases ; ... | ROLE ; ROLE ...
ROLE = ACTOR,title,from,until   (ISO dates; from inclusive, until exclusive,
empty until = still in office). The full name is always an alias; the id is
the ASCII slug of the full name. Dates marked ~ in a trailing "# ~" comment are
known to the month only and use the first of the month.

Surname aliases are given only when unambiguous in international news; names
that are common words, common first names or shared surnames (May, Brown,
Johnson, Harris, Moon, Kim, Lee, Li, Wang, Hu, Singh, Powell, Rice, Baker,
Cameron, Sharon, Fischer, Hunt, Cook, ...) are left out on purpose. A few of
them are given as "~Kim": a shared surname, which stands for the person only
alone and only in a story that has named the state of one of their roles
("North Korea ... Kim has blasted Trump"). Only for a state whose news uses
the surname alone for its leader.
"""
import json
import re
import sys
import unicodedata

P = r"""
# ------------------------------------------------------------------ USA
Al Gore | Gore | USA,vice president,1993-01-20,2001-01-20
Bill Clinton | Clinton | USA,president,1993-01-20,2001-01-20
George W. Bush | Bush ; George Bush ; President Bush | USA,president,2001-01-20,2009-01-20
George H. W. Bush | George H.W. Bush ; Bush ; George Bush ; President Bush | USA,vice president,1981-01-20,1989-01-20 ; USA,president,1989-01-20,1993-01-20
Dick Cheney | Cheney | USA,vice president,2001-01-20,2009-01-20
Barack Obama | Obama | USA,president-elect,2008-11-05,2009-01-20 ; USA,president,2009-01-20,2017-01-20
Joe Biden | Biden ; Joseph Biden | USA,vice president,2009-01-20,2017-01-20 ; USA,president-elect,2020-11-07,2021-01-20 ; USA,president,2021-01-20,2025-01-20
Donald Trump | Trump ; Donald J. Trump | USA,president-elect,2016-11-09,2017-01-20 ; USA,president,2017-01-20,2021-01-20 ; USA,president-elect,2024-11-06,2025-01-20 ; USA,president,2025-01-20,
Mike Pence | Pence | USA,vice president,2017-01-20,2021-01-20
Kamala Harris | | USA,vice president,2021-01-20,2025-01-20
JD Vance | J.D. Vance ; Vance | USA,vice president,2025-01-20,
Ronald Reagan | Reagan | USA,president,1981-01-20,1989-01-20
George Shultz | Shultz ; George P. Shultz | USA,secretary of state,1982-07-16,1989-01-20
James Baker | James A. Baker ; Jim Baker | USA,minister,1985-02-04,1988-08-17 ; USA,secretary of state,1989-01-25,1992-08-23
Clayton Yeutter | Yeutter | USA,minister,1985-07-01,1989-01-20
Madeleine Albright | Albright | USA,secretary of state,1997-01-23,2001-01-20
Colin Powell | | USA,secretary of state,2001-01-20,2005-01-26
Condoleezza Rice | Condi Rice | USA,secretary of state,2005-01-26,2009-01-20
Hillary Clinton | Clinton ; Hillary Rodham Clinton | USA,secretary of state,2009-01-21,2013-02-01
John Kerry | Kerry | USA,secretary of state,2013-02-01,2017-01-20
Rex Tillerson | Tillerson | USA,secretary of state,2017-02-01,2018-03-31
Mike Pompeo | Pompeo | USA,director,2017-01-23,2018-04-26 ; USA,secretary of state,2018-04-26,2021-01-20
Antony Blinken | Blinken ; Tony Blinken | USA,secretary of state,2021-01-26,2025-01-20
Marco Rubio | Rubio | USA,secretary of state,2025-01-21,
Jim Mattis | Mattis ; James Mattis | USA,defence minister,2017-01-20,2019-01-01
Mark Esper | Esper | USA,defence minister,2019-07-23,2020-11-09
Lloyd Austin | | USA,defence minister,2021-01-22,2025-01-20
Pete Hegseth | Hegseth | USA,defence minister,2025-01-25,
Sergei Kislyak | Kislyak | RUS,ambassador,2008-07-26,2017-08-21
Michael Flynn | Flynn | USA,national security adviser,2017-01-20,2017-02-13
H.R. McMaster | McMaster ; H. R. McMaster | USA,national security adviser,2017-02-20,2018-04-09
John Bolton | Bolton | USA,national security adviser,2018-04-09,2019-09-10
Robert O'Brien | | USA,national security adviser,2019-09-18,2021-01-20
Jake Sullivan | | USA,national security adviser,2021-01-20,2025-01-20
Mike Waltz | Waltz | USA,national security adviser,2025-01-20,2025-05-01
Robert Mueller | Mueller ; Robert S. Mueller | USA,director,2001-09-04,2013-09-04 ; USA,special counsel,2017-05-17,2019-05-29
James Comey | Comey | USA,director,2013-09-04,2017-05-09
Christopher Wray | Wray | USA,director,2017-08-02,2025-01-19
Gina Haspel | Haspel | USA,director,2018-05-21,2021-01-20
Jeff Sessions | Sessions | USA,attorney general,2017-02-09,2018-11-07
William Barr | | USA,attorney general,2019-02-14,2020-12-23
Nikki Haley | Haley | USA,ambassador,2017-01-27,2018-12-31
Kelly Craft | | USA,ambassador,2019-09-12,2021-01-20
Linda Thomas-Greenfield | Thomas-Greenfield | USA,ambassador,2021-02-24,2025-01-20
Samantha Power | | USA,ambassador,2013-08-05,2017-01-20
Steven Mnuchin | Mnuchin | USA,treasury secretary,2017-02-13,2021-01-20
Janet Yellen | Yellen | USA,treasury secretary,2021-01-26,2025-01-20
Robert Lighthizer | Lighthizer | USA,trade representative,2017-05-15,2021-01-20
Vitaly Churkin | Churkin | RUS,ambassador,2006-05-08,2017-02-20
Vassily Nebenzia | Nebenzia ; Vasily Nebenzya | RUS,ambassador,2017-07-27,
Sergei Ryabkov | Ryabkov | RUS,deputy foreign minister,2008-08-01,
Rodrigo Duterte | Duterte | PHL,president,2016-06-30,2022-06-30
Richard Boucher | Boucher | USA,spokesman,2001-01-01,2005-06-01
Sean McCormack | McCormack | USA,spokesman,2005-06-01,2009-01-20
P.J. Crowley | PJ Crowley ; Philip Crowley | USA,spokesman,2009-05-26,2011-03-13
Victoria Nuland | Nuland | USA,spokeswoman,2011-05-01,2013-05-01
Jen Psaki | Psaki | USA,spokeswoman,2013-04-01,2015-04-01 ; USA,spokeswoman,2021-01-20,2022-05-13
John Kirby | Kirby | USA,spokesman,2015-05-01,2017-01-20
Mark Toner | Toner | USA,spokesman,2017-01-20,2017-04-24
Heather Nauert | Nauert | USA,spokeswoman,2017-04-24,2019-03-01
Morgan Ortagus | Ortagus | USA,spokeswoman,2019-08-01,2021-01-20
Ned Price | | USA,spokesman,2021-01-20,2023-04-01
Matthew Miller | | USA,spokesman,2023-05-01,2025-01-20
Tammy Bruce | | USA,spokeswoman,2025-02-01,2025-09-01
Ari Fleischer | Fleischer | USA,spokesman,2001-01-20,2003-07-15
Scott McClellan | McClellan | USA,spokesman,2003-07-15,2006-05-10
Tony Snow | | USA,spokesman,2006-05-10,2007-09-14
Dana Perino | Perino | USA,spokeswoman,2007-09-14,2009-01-20
Robert Gibbs | Gibbs | USA,spokesman,2009-01-20,2011-02-11
Jay Carney | | USA,spokesman,2011-02-11,2014-06-20
Josh Earnest | | USA,spokesman,2014-06-20,2017-01-20
Sean Spicer | Spicer | USA,spokesman,2017-01-20,2017-07-21
Sarah Huckabee Sanders | Sarah Sanders ; Huckabee Sanders | USA,spokeswoman,2017-07-21,2019-07-01
Stephanie Grisham | Grisham | USA,spokeswoman,2019-07-01,2020-04-07
Kayleigh McEnany | McEnany | USA,spokeswoman,2020-04-07,2021-01-20
Karine Jean-Pierre | Jean-Pierre | USA,spokeswoman,2022-05-13,2025-01-20
Karoline Leavitt | Leavitt | USA,spokeswoman,2025-01-20,
# ------------------------------------------------------------------ RUS / USSR
Mikhail Gorbachev | Gorbachev | SUN,leader,1985-03-11,1991-08-24 ; SUN,president,1990-03-15,1991-12-25
Eduard Shevardnadze | Shevardnadze | SUN,foreign minister,1985-07-02,1990-12-20 ; GEO,president,1995-11-26,2003-11-23
Boris Yeltsin | Yeltsin | RUS,president,1991-07-10,1999-12-31
Vladimir Putin | Putin | RUS,prime minister,1999-08-16,2000-05-07 ; RUS,president,1999-12-31,2008-05-07 ; RUS,prime minister,2008-05-08,2012-05-07 ; RUS,president,2012-05-07,
Dmitry Medvedev | Medvedev ; Dmitri Medvedev | RUS,president,2008-05-07,2012-05-07 ; RUS,prime minister,2012-05-08,2020-01-16
Mikhail Kasyanov | Kasyanov | RUS,prime minister,2000-05-17,2004-02-24
Mikhail Fradkov | Fradkov | RUS,prime minister,2004-03-05,2007-09-14
Viktor Zubkov | Zubkov | RUS,prime minister,2007-09-14,2008-05-08
Mikhail Mishustin | Mishustin | RUS,prime minister,2020-01-16,
Igor Ivanov | | RUS,foreign minister,1998-09-11,2004-03-09
Sergei Lavrov | Lavrov ; Sergey Lavrov | RUS,foreign minister,2004-03-09,
Alexei Gromov | | RUS,spokesman,2000-01-01,2008-05-12
Dmitry Peskov | Peskov ; Dmitri Peskov | RUS,spokesman,2008-05-25,
Alexander Lukashevich | Lukashevich | RUS,spokesman,2011-01-01,2015-08-10
Maria Zakharova | Zakharova | RUS,spokeswoman,2015-08-10,
# ------------------------------------------------------------------ CHN
Jiang Zemin | | CHN,president,1993-03-27,2003-03-15
Hu Jintao | | CHN,president,2003-03-15,2013-03-14
Xi Jinping | Xi ; President Xi | CHN,vice president,2008-03-15,2013-03-14 ; CHN,leader,2012-11-15, ; CHN,president,2013-03-14,
Zhu Rongji | | CHN,prime minister,1998-03-17,2003-03-16
Wen Jiabao | | CHN,prime minister,2003-03-16,2013-03-15
Li Keqiang | | CHN,prime minister,2013-03-15,2023-03-11
Li Qiang | | CHN,prime minister,2023-03-11,
Tang Jiaxuan | | CHN,foreign minister,1998-03-01,2003-03-17
Li Zhaoxing | | CHN,foreign minister,2003-03-17,2007-04-27
Yang Jiechi | | CHN,foreign minister,2007-04-27,2013-03-16 ; CHN,director,2013-03-16,2022-12-30
Wang Yi | | CHN,foreign minister,2013-03-16,2022-12-30 ; CHN,director,2022-12-30,2023-07-25 ; CHN,foreign minister,2023-07-25,
Qin Gang | | CHN,foreign minister,2022-12-30,2023-07-25
Hua Chunying | | CHN,spokeswoman,2012-09-01,2024-09-01
Lu Kang | | CHN,spokesman,2015-01-01,2019-08-01
Geng Shuang | | CHN,spokesman,2016-01-01,2020-07-01
Zhao Lijian | | CHN,spokesman,2020-02-01,2023-01-01
Wang Wenbin | | CHN,spokesman,2020-07-01,2024-02-01
Mao Ning | | CHN,spokeswoman,2022-09-01,
Lin Jian | | CHN,spokesman,2024-01-01,
# ------------------------------------------------------------------ GBR
Margaret Thatcher | Thatcher | GBR,prime minister,1979-05-04,1990-11-28
Tony Blair | Blair | GBR,prime minister,1997-05-02,2007-06-27
Gordon Brown | | GBR,prime minister,2007-06-27,2010-05-11
David Cameron | | GBR,prime minister,2010-05-11,2016-07-13 ; GBR,foreign minister,2023-11-13,2024-07-05
Theresa May | ~May | GBR,prime minister,2016-07-13,2019-07-24
Boris Johnson | | GBR,foreign minister,2016-07-13,2018-07-09 ; GBR,prime minister,2019-07-24,2022-09-06
Liz Truss | Truss | GBR,foreign minister,2021-09-15,2022-09-06 ; GBR,prime minister,2022-09-06,2022-10-25
Rishi Sunak | Sunak | GBR,prime minister,2022-10-25,2024-07-05
Keir Starmer | Starmer | GBR,prime minister,2024-07-05,
Queen Elizabeth II | Queen Elizabeth ; Elizabeth II | GBR,king,1952-02-06,2022-09-08
King Charles III | King Charles ; Charles III | GBR,king,2022-09-08,
Robin Cook | | GBR,foreign minister,1997-05-02,2001-06-08
Jack Straw | | GBR,foreign minister,2001-06-08,2006-05-05
Margaret Beckett | Beckett | GBR,foreign minister,2006-05-05,2007-06-28
David Miliband | | GBR,foreign minister,2007-06-28,2010-05-11
William Hague | | GBR,foreign minister,2010-05-12,2014-07-14
Philip Hammond | | GBR,foreign minister,2014-07-15,2016-07-13
Jeremy Hunt | | GBR,foreign minister,2018-07-09,2019-07-24
Dominic Raab | Raab | GBR,foreign minister,2019-07-24,2021-09-15
James Cleverly | Cleverly | GBR,foreign minister,2022-09-06,2023-11-13
David Lammy | Lammy | GBR,foreign minister,2024-07-05,2025-09-05
Yvette Cooper | | GBR,foreign minister,2025-09-05,
# ------------------------------------------------------------------ FRA
Francois Mitterrand | Mitterrand ; François Mitterrand | FRA,president,1981-05-21,1995-05-17
Jacques Chirac | Chirac | FRA,prime minister,1986-03-20,1988-05-10 ; FRA,president,1995-05-17,2007-05-16
Nicolas Sarkozy | Sarkozy | FRA,president,2007-05-16,2012-05-15
Francois Hollande | Hollande ; François Hollande | FRA,president,2012-05-15,2017-05-14
Emmanuel Macron | Macron | FRA,president,2017-05-14,
Lionel Jospin | Jospin | FRA,prime minister,1997-06-02,2002-05-06
Jean-Pierre Raffarin | Raffarin | FRA,prime minister,2002-05-06,2005-05-31
Dominique de Villepin | de Villepin ; Villepin | FRA,foreign minister,2002-05-07,2004-03-31 ; FRA,prime minister,2005-05-31,2007-05-17
Francois Fillon | Fillon ; François Fillon | FRA,prime minister,2007-05-17,2012-05-15
Jean-Marc Ayrault | Ayrault | FRA,prime minister,2012-05-15,2014-03-31 ; FRA,foreign minister,2016-02-11,2017-05-17
Manuel Valls | Valls | FRA,prime minister,2014-03-31,2016-12-06
Bernard Cazeneuve | Cazeneuve | FRA,prime minister,2016-12-06,2017-05-15
Edouard Philippe | Édouard Philippe | FRA,prime minister,2017-05-15,2020-07-03
Jean Castex | Castex | FRA,prime minister,2020-07-03,2022-05-16
Elisabeth Borne | Élisabeth Borne | FRA,prime minister,2022-05-16,2024-01-09
Gabriel Attal | Attal | FRA,prime minister,2024-01-09,2024-09-05
Michel Barnier | Barnier | FRA,foreign minister,2004-03-31,2005-06-02 ; FRA,prime minister,2024-09-05,2024-12-13
Francois Bayrou | Bayrou ; François Bayrou | FRA,prime minister,2024-12-13,2025-09-09
Sebastien Lecornu | Lecornu ; Sébastien Lecornu | FRA,prime minister,2025-09-09,
Hubert Vedrine | Vedrine ; Védrine ; Hubert Védrine | FRA,foreign minister,1997-06-04,2002-05-07
Philippe Douste-Blazy | Douste-Blazy | FRA,foreign minister,2005-06-02,2007-05-18
Bernard Kouchner | Kouchner | FRA,foreign minister,2007-05-18,2010-11-14
Michele Alliot-Marie | Alliot-Marie ; Michèle Alliot-Marie | FRA,foreign minister,2010-11-14,2011-02-27
Alain Juppe | Juppe ; Juppé ; Alain Juppé | FRA,foreign minister,2011-02-27,2012-05-16
Laurent Fabius | Fabius | FRA,foreign minister,2012-05-16,2016-02-11
Jean-Yves Le Drian | Le Drian | FRA,foreign minister,2017-05-17,2022-05-20
Catherine Colonna | Colonna | FRA,foreign minister,2022-05-20,2024-01-11
Stephane Sejourne | Sejourne ; Séjourné ; Stéphane Séjourné | FRA,foreign minister,2024-01-11,2024-09-21
Jean-Noel Barrot | Barrot ; Jean-Noël Barrot | FRA,foreign minister,2024-09-21,
# ------------------------------------------------------------------ DEU
Helmut Kohl | Kohl | DEU,chancellor,1982-10-01,1998-10-27
Hans-Dietrich Genscher | Genscher | DEU,foreign minister,1974-05-17,1982-09-17 ; DEU,foreign minister,1982-10-04,1992-05-18
Gerhard Schroeder | Schroeder ; Schröder ; Gerhard Schröder | DEU,chancellor,1998-10-27,2005-11-22
Angela Merkel | Merkel | DEU,chancellor,2005-11-22,2021-12-08
Olaf Scholz | Scholz | DEU,chancellor,2021-12-08,2025-05-06
Friedrich Merz | Merz | DEU,chancellor,2025-05-06,
Johannes Rau | | DEU,president,1999-07-01,2004-07-01
Horst Koehler | Koehler ; Köhler ; Horst Köhler | DEU,president,2004-07-01,2010-05-31
Christian Wulff | Wulff | DEU,president,2010-06-30,2012-02-17
Joachim Gauck | Gauck | DEU,president,2012-03-18,2017-03-19
Frank-Walter Steinmeier | Steinmeier | DEU,foreign minister,2005-11-22,2009-10-28 ; DEU,foreign minister,2013-12-17,2017-01-27 ; DEU,president,2017-03-19,
Joschka Fischer | | DEU,foreign minister,1998-10-27,2005-11-22
Guido Westerwelle | Westerwelle | DEU,foreign minister,2009-10-28,2013-12-17
Sigmar Gabriel | | DEU,foreign minister,2017-01-27,2018-03-14
Heiko Maas | | DEU,foreign minister,2018-03-14,2021-12-08
Annalena Baerbock | Baerbock | DEU,foreign minister,2021-12-08,2025-05-06
Johann Wadephul | Wadephul | DEU,foreign minister,2025-05-06,
Steffen Seibert | Seibert | DEU,spokesman,2010-08-11,2021-12-08
# ------------------------------------------------------------------ ITA
Massimo D'Alema | D'Alema | ITA,prime minister,1998-10-21,2000-04-26 ; ITA,foreign minister,2006-05-17,2008-05-08
Giuliano Amato | | ITA,prime minister,2000-04-26,2001-06-11
Silvio Berlusconi | Berlusconi | ITA,prime minister,2001-06-11,2006-05-17 ; ITA,prime minister,2008-05-08,2011-11-16
Romano Prodi | Prodi | EU,commission president,1999-09-16,2004-11-22 ; ITA,prime minister,2006-05-17,2008-05-08
Mario Monti | Monti | ITA,prime minister,2011-11-16,2013-04-28
Enrico Letta | Letta | ITA,prime minister,2013-04-28,2014-02-22
Matteo Renzi | Renzi | ITA,prime minister,2014-02-22,2016-12-12
Paolo Gentiloni | Gentiloni | ITA,foreign minister,2014-10-31,2016-12-12 ; ITA,prime minister,2016-12-12,2018-06-01
Giuseppe Conte | | ITA,prime minister,2018-06-01,2021-02-13
Mario Draghi | Draghi | ECB,chairman,2011-11-01,2019-11-01 ; ITA,prime minister,2021-02-13,2022-10-22
Giorgia Meloni | Meloni | ITA,prime minister,2022-10-22,
Carlo Azeglio Ciampi | Ciampi | ITA,president,1999-05-18,2006-05-15
Giorgio Napolitano | Napolitano | ITA,president,2006-05-15,2015-01-14
Sergio Mattarella | Mattarella | ITA,president,2015-02-03,
Lamberto Dini | | ITA,foreign minister,1996-05-18,2001-06-11
Renato Ruggiero | | ITA,foreign minister,2001-06-11,2002-01-06
Franco Frattini | Frattini | ITA,foreign minister,2002-11-14,2004-11-18 ; ITA,foreign minister,2008-05-08,2011-11-16
Gianfranco Fini | | ITA,foreign minister,2004-11-18,2006-05-17
Giulio Terzi | | ITA,foreign minister,2011-11-16,2013-03-26
Emma Bonino | Bonino | ITA,foreign minister,2013-04-28,2014-02-22
Federica Mogherini | Mogherini | ITA,foreign minister,2014-02-22,2014-10-31 ; EU,high representative,2014-11-01,2019-12-01
Angelino Alfano | Alfano | ITA,foreign minister,2016-12-12,2018-06-01
Enzo Moavero Milanesi | Moavero Milanesi | ITA,foreign minister,2018-06-01,2019-09-05
Luigi Di Maio | Di Maio | ITA,foreign minister,2019-09-05,2022-10-22
Antonio Tajani | Tajani | ITA,foreign minister,2022-10-22,
# ------------------------------------------------------------------ JPN
Hirohito | Emperor Hirohito | JPN,emperor,1926-12-25,1989-01-07
Akihito | Emperor Akihito | JPN,emperor,1989-01-07,2019-05-01
Naruhito | Emperor Naruhito | JPN,emperor,2019-05-01,
Yasuhiro Nakasone | Nakasone | JPN,prime minister,1982-11-27,1987-11-06
Yoshiro Mori | | JPN,prime minister,2000-04-05,2001-04-26
Junichiro Koizumi | Koizumi | JPN,prime minister,2001-04-26,2006-09-26
Shinzo Abe | Abe | JPN,prime minister,2006-09-26,2007-09-26 ; JPN,prime minister,2012-12-26,2020-09-16
Yasuo Fukuda | | JPN,prime minister,2007-09-26,2008-09-24
Taro Aso | Aso | JPN,foreign minister,2005-10-31,2007-08-27 ; JPN,prime minister,2008-09-24,2009-09-16
Yukio Hatoyama | Hatoyama | JPN,prime minister,2009-09-16,2010-06-08
Naoto Kan | | JPN,prime minister,2010-06-08,2011-09-02
Yoshihiko Noda | | JPN,prime minister,2011-09-02,2012-12-26
Yoshihide Suga | Suga | JPN,spokesman,2012-12-26,2020-09-16 ; JPN,prime minister,2020-09-16,2021-10-04
Fumio Kishida | Kishida | JPN,foreign minister,2012-12-26,2017-08-03 ; JPN,prime minister,2021-10-04,2024-10-01
Shigeru Ishiba | Ishiba | JPN,prime minister,2024-10-01,2025-10-21
Sanae Takaichi | Takaichi | JPN,prime minister,2025-10-21,
Yohei Kono | | JPN,foreign minister,1999-10-05,2001-04-26
Makiko Tanaka | | JPN,foreign minister,2001-04-26,2002-01-30
Yoriko Kawaguchi | Kawaguchi | JPN,foreign minister,2002-02-01,2004-09-27
Nobutaka Machimura | Machimura | JPN,foreign minister,2004-09-27,2005-10-31 ; JPN,foreign minister,2007-08-27,2007-09-26
Masahiko Komura | Komura ; Masahiko Koumura | JPN,foreign minister,2007-09-26,2008-09-24
Hirofumi Nakasone | | JPN,foreign minister,2008-09-24,2009-09-16
Katsuya Okada | | JPN,foreign minister,2009-09-16,2010-09-17
Seiji Maehara | Maehara | JPN,foreign minister,2010-09-17,2011-03-07
Takeaki Matsumoto | | JPN,foreign minister,2011-03-09,2011-09-02
Koichiro Gemba | Gemba | JPN,foreign minister,2011-09-02,2012-12-26
Taro Kono | | JPN,foreign minister,2017-08-03,2019-09-11
Toshimitsu Motegi | Motegi | JPN,foreign minister,2019-09-11,2021-11-04 ; JPN,foreign minister,2025-10-21,
Yoshimasa Hayashi | | JPN,foreign minister,2021-11-10,2023-09-13
Yoko Kamikawa | Kamikawa | JPN,foreign minister,2023-09-13,2024-10-01
Takeshi Iwaya | Iwaya | JPN,foreign minister,2024-10-01,2025-10-21
# ------------------------------------------------------------------ IND
Atal Bihari Vajpayee | Vajpayee | IND,prime minister,1998-03-19,2004-05-22
Manmohan Singh | | IND,prime minister,2004-05-22,2014-05-26
Narendra Modi | Modi | IND,prime minister,2014-05-26,
K. R. Narayanan | K.R. Narayanan | IND,president,1997-07-25,2002-07-25
A. P. J. Abdul Kalam | A.P.J. Abdul Kalam ; Abdul Kalam | IND,president,2002-07-25,2007-07-25
Pratibha Patil | | IND,president,2007-07-25,2012-07-25
Pranab Mukherjee | | IND,foreign minister,2006-10-24,2009-05-22 ; IND,president,2012-07-25,2017-07-25
Ram Nath Kovind | Kovind | IND,president,2017-07-25,2022-07-25
Droupadi Murmu | Murmu | IND,president,2022-07-25,
Jaswant Singh | | IND,foreign minister,1998-12-05,2002-07-01
Yashwant Sinha | | IND,foreign minister,2002-07-01,2004-05-22
Natwar Singh | K. Natwar Singh | IND,foreign minister,2004-05-22,2005-12-06
S. M. Krishna | S.M. Krishna | IND,foreign minister,2009-05-22,2012-10-28
Salman Khurshid | Khurshid | IND,foreign minister,2012-10-28,2014-05-26
Sushma Swaraj | Swaraj | IND,foreign minister,2014-05-26,2019-05-30
S. Jaishankar | Jaishankar ; Subrahmanyam Jaishankar ; S Jaishankar | IND,foreign minister,2019-05-30,
# ------------------------------------------------------------------ BRA
Fernando Henrique Cardoso | | BRA,president,1995-01-01,2003-01-01
Luiz Inacio Lula da Silva | Lula ; Lula da Silva ; Luiz Inácio Lula da Silva | BRA,president,2003-01-01,2011-01-01 ; BRA,president,2023-01-01,
Dilma Rousseff | Rousseff | BRA,president,2011-01-01,2016-08-31
Michel Temer | Temer | BRA,president,2016-08-31,2019-01-01
Jair Bolsonaro | Bolsonaro | BRA,president,2019-01-01,2023-01-01
Celso Lafer | Lafer | BRA,foreign minister,2001-01-29,2003-01-01
Celso Amorim | Amorim | BRA,foreign minister,2003-01-01,2011-01-01
Antonio Patriota | Patriota | BRA,foreign minister,2011-01-01,2013-08-28
Luiz Alberto Figueiredo | | BRA,foreign minister,2013-08-28,2015-01-01
Mauro Vieira | | BRA,foreign minister,2015-01-01,2016-05-12 ; BRA,foreign minister,2023-01-01,
Jose Serra | José Serra | BRA,foreign minister,2016-05-12,2017-03-07
Aloysio Nunes | Aloysio Nunes Ferreira | BRA,foreign minister,2017-03-07,2019-01-01
Ernesto Araujo | Ernesto Araújo | BRA,foreign minister,2019-01-01,2021-03-29
Carlos Franca | Carlos França | BRA,foreign minister,2021-04-06,2023-01-01
# ------------------------------------------------------------------ CAN
Jean Chretien | Chretien ; Chrétien ; Jean Chrétien | CAN,prime minister,1993-11-04,2003-12-12
Paul Martin | | CAN,prime minister,2003-12-12,2006-02-06
Stephen Harper | Harper | CAN,prime minister,2006-02-06,2015-11-04
Justin Trudeau | Trudeau | CAN,prime minister,2015-11-04,2025-03-14
Mark Carney | Carney | CAN,prime minister,2025-03-14,
Lloyd Axworthy | Axworthy | CAN,foreign minister,1996-01-25,2000-10-17
John Manley | | CAN,foreign minister,2000-10-17,2002-01-15
Bill Graham | | CAN,foreign minister,2002-01-16,2004-07-20
Pierre Pettigrew | Pettigrew | CAN,foreign minister,2004-07-20,2006-02-06
Peter MacKay | MacKay | CAN,foreign minister,2006-02-06,2007-08-14
Maxime Bernier | | CAN,foreign minister,2007-08-14,2008-05-26
David Emerson | | CAN,foreign minister,2008-05-29,2008-10-30
Lawrence Cannon | | CAN,foreign minister,2008-10-30,2011-05-18
John Baird | | CAN,foreign minister,2011-05-18,2015-02-03
Rob Nicholson | | CAN,foreign minister,2015-02-09,2015-11-04
Stephane Dion | Stéphane Dion | CAN,foreign minister,2015-11-04,2017-01-10
Chrystia Freeland | Freeland | CAN,foreign minister,2017-01-10,2019-11-20
Francois-Philippe Champagne | François-Philippe Champagne | CAN,foreign minister,2019-11-20,2021-01-12
Marc Garneau | Garneau | CAN,foreign minister,2021-01-12,2021-10-26
Melanie Joly | Mélanie Joly ; Joly | CAN,foreign minister,2021-10-26,2025-05-13
Anita Anand | | CAN,foreign minister,2025-05-13,
# ------------------------------------------------------------------ AUS
John Howard | | AUS,prime minister,1996-03-11,2007-12-03
Kevin Rudd | Rudd | AUS,prime minister,2007-12-03,2010-06-24 ; AUS,foreign minister,2010-09-14,2012-02-22 ; AUS,prime minister,2013-06-27,2013-09-18
Julia Gillard | Gillard | AUS,prime minister,2010-06-24,2013-06-27
Tony Abbott | | AUS,prime minister,2013-09-18,2015-09-15
Malcolm Turnbull | Turnbull | AUS,prime minister,2015-09-15,2018-08-24
Scott Morrison | | AUS,prime minister,2018-08-24,2022-05-23
Anthony Albanese | Albanese | AUS,prime minister,2022-05-23,
Alexander Downer | Downer | AUS,foreign minister,1996-03-11,2007-12-03
Stephen Smith | | AUS,foreign minister,2007-12-03,2010-09-14
Bob Carr | | AUS,foreign minister,2012-03-13,2013-09-18
Julie Bishop | | AUS,foreign minister,2013-09-18,2018-08-26
Marise Payne | | AUS,foreign minister,2018-08-26,2022-05-23
Penny Wong | | AUS,foreign minister,2022-05-23,
# ------------------------------------------------------------------ ARG
Fernando de la Rua | Fernando de la Rúa ; de la Rua | ARG,president,1999-12-10,2001-12-21
Eduardo Duhalde | Duhalde | ARG,president,2002-01-02,2003-05-25
Nestor Kirchner | Néstor Kirchner ; Kirchner | ARG,president,2003-05-25,2007-12-10
Cristina Fernandez de Kirchner | Cristina Fernández de Kirchner ; Cristina Kirchner ; Fernandez de Kirchner ; Kirchner | ARG,president,2007-12-10,2015-12-10 ; ARG,vice president,2019-12-10,2023-12-10
Mauricio Macri | Macri | ARG,president,2015-12-10,2019-12-10
Alberto Fernandez | Alberto Fernández | ARG,president,2019-12-10,2023-12-10
Javier Milei | Milei | ARG,president,2023-12-10,
Rafael Bielsa | | ARG,foreign minister,2003-05-25,2005-12-01
Jorge Taiana | Taiana | ARG,foreign minister,2005-12-01,2010-06-18
Hector Timerman | Timerman ; Héctor Timerman | ARG,foreign minister,2010-06-18,2015-12-10
Susana Malcorra | Malcorra | ARG,foreign minister,2015-12-10,2017-06-12
Jorge Faurie | Faurie | ARG,foreign minister,2017-06-12,2019-12-10
Felipe Sola | Felipe Solá | ARG,foreign minister,2019-12-10,2021-09-20
Santiago Cafiero | Cafiero | ARG,foreign minister,2021-09-20,2023-12-10
Diana Mondino | Mondino | ARG,foreign minister,2023-12-10,2024-10-30
Gerardo Werthein | Werthein | ARG,foreign minister,2024-10-30,2025-10-01
Pablo Quirno | Quirno | ARG,foreign minister,2025-10-01,
# ------------------------------------------------------------------ MEX
Ernesto Zedillo | Zedillo | MEX,president,1994-12-01,2000-12-01
Vicente Fox | | MEX,president,2000-12-01,2006-12-01
Felipe Calderon | Calderon ; Calderón ; Felipe Calderón | MEX,president,2006-12-01,2012-12-01
Enrique Pena Nieto | Pena Nieto ; Peña Nieto ; Enrique Peña Nieto | MEX,president,2012-12-01,2018-12-01
Andres Manuel Lopez Obrador | Lopez Obrador ; López Obrador ; Andrés Manuel López Obrador ; AMLO | MEX,president,2018-12-01,2024-10-01
Claudia Sheinbaum | Sheinbaum | MEX,president,2024-10-01,
Jorge Castaneda | Jorge Castañeda | MEX,foreign minister,2000-12-01,2003-01-10
Luis Ernesto Derbez | Derbez | MEX,foreign minister,2003-01-10,2006-12-01
Patricia Espinosa | | MEX,foreign minister,2006-12-01,2012-12-01
Jose Antonio Meade | José Antonio Meade | MEX,foreign minister,2012-12-01,2015-08-27
Claudia Ruiz Massieu | Ruiz Massieu | MEX,foreign minister,2015-08-27,2017-01-04
Luis Videgaray | Videgaray | MEX,foreign minister,2017-01-04,2018-12-01
Marcelo Ebrard | Ebrard | MEX,foreign minister,2018-12-01,2023-06-12
Alicia Barcena | Alicia Bárcena | MEX,foreign minister,2023-06-12,2024-10-01
Juan Ramon de la Fuente | Juan Ramón de la Fuente | MEX,foreign minister,2024-10-01,
# ------------------------------------------------------------------ IDN
Abdurrahman Wahid | Gus Dur | IDN,president,1999-10-20,2001-07-23
Megawati Sukarnoputri | Megawati | IDN,president,2001-07-23,2004-10-20
Susilo Bambang Yudhoyono | Yudhoyono | IDN,president,2004-10-20,2014-10-20
Joko Widodo | Widodo ; Jokowi | IDN,president,2014-10-20,2024-10-20
Prabowo Subianto | Prabowo | IDN,president,2024-10-20,
Alwi Shihab | | IDN,foreign minister,1999-10-26,2001-08-10
Hassan Wirajuda | Wirajuda | IDN,foreign minister,2001-08-10,2009-10-22
Marty Natalegawa | Natalegawa | IDN,foreign minister,2009-10-22,2014-10-27
Retno Marsudi | | IDN,foreign minister,2014-10-27,2024-10-21
Sugiono | | IDN,foreign minister,2024-10-21,
# ------------------------------------------------------------------ KOR
Kim Dae-jung | Kim Dae Jung | KOR,president,1998-02-25,2003-02-25
Roh Moo-hyun | Roh Moo Hyun | KOR,president,2003-02-25,2008-02-25
Lee Myung-bak | Lee Myung Bak | KOR,president,2008-02-25,2013-02-25
Park Geun-hye | Park Geun Hye | KOR,president,2013-02-25,2017-03-10
Moon Jae-in | Moon Jae In ; ~Moon | KOR,president,2017-05-10,2022-05-10
Yoon Suk Yeol | Yoon Suk-yeol | KOR,president,2022-05-10,2025-04-04
Lee Jae-myung | Lee Jae Myung | KOR,president,2025-06-04,
Yoon Young-kwan | | KOR,foreign minister,2003-02-27,2004-01-16
Ban Ki-moon | Ban Ki Moon | KOR,foreign minister,2004-01-17,2006-11-10 ; UN,secretary-general,2007-01-01,2017-01-01
Song Min-soon | | KOR,foreign minister,2006-12-01,2008-02-29
Yu Myung-hwan | | KOR,foreign minister,2008-02-29,2010-09-04
Kim Sung-hwan | | KOR,foreign minister,2010-10-08,2013-03-11
Yun Byung-se | | KOR,foreign minister,2013-03-11,2017-06-18
Kang Kyung-wha | | KOR,foreign minister,2017-06-18,2021-02-09
Chung Eui-yong | | KOR,foreign minister,2021-02-09,2022-05-12
Park Jin | | KOR,foreign minister,2022-05-12,2024-01-10
Cho Tae-yul | | KOR,foreign minister,2024-01-10,2025-07-01
Cho Hyun | | KOR,foreign minister,2025-07-19,
# ------------------------------------------------------------------ PRK
Kim Jong-il | Kim Jong Il ; ~Kim | PRK,leader,1994-07-08,2011-12-17
Kim Jong-un | Kim Jong Un ; ~Kim | PRK,leader,2011-12-17,
Kim Yong-nam | Kim Yong Nam | PRK,president,1998-09-05,2019-04-11
Paek Nam-sun | Paek Nam Sun | PRK,foreign minister,1998-09-01,2007-01-02
Pak Ui-chun | Pak Ui Chun | PRK,foreign minister,2007-05-18,2014-04-09
Ri Su-yong | Ri Su Yong | PRK,foreign minister,2014-04-09,2016-05-01
Ri Yong-ho | Ri Yong Ho | PRK,foreign minister,2016-05-01,2020-01-01
Ri Son-gwon | Ri Son Gwon | PRK,foreign minister,2020-01-01,2022-06-11
Choe Son-hui | Choe Son Hui | PRK,foreign minister,2022-06-11,
# ------------------------------------------------------------------ SAU
King Fahd | Fahd bin Abdulaziz | SAU,king,1982-06-13,2005-08-01
King Abdullah bin Abdulaziz | Abdullah bin Abdulaziz | SAU,king,2005-08-01,2015-01-23
King Salman | Salman bin Abdulaziz | SAU,king,2015-01-23,
Mohammed bin Salman | MBS ; Crown Prince Mohammed bin Salman | SAU,defence minister,2015-01-23,2022-09-27 ; SAU,prime minister,2022-09-27,
Saud al-Faisal | Prince Saud al-Faisal | SAU,foreign minister,1975-10-13,2015-04-29
Adel al-Jubeir | Jubeir ; al-Jubeir | SAU,foreign minister,2015-04-29,2018-12-27
Ibrahim al-Assaf | | SAU,foreign minister,2018-12-27,2019-10-23
Faisal bin Farhan | Prince Faisal bin Farhan | SAU,foreign minister,2019-10-23,
# ------------------------------------------------------------------ ZAF
Thabo Mbeki | Mbeki | ZAF,president,1999-06-14,2008-09-25
Kgalema Motlanthe | Motlanthe | ZAF,president,2008-09-25,2009-05-09
Jacob Zuma | | ZAF,president,2009-05-09,2018-02-14
Cyril Ramaphosa | Ramaphosa | ZAF,president,2018-02-15,
Nkosazana Dlamini-Zuma | Dlamini-Zuma | ZAF,foreign minister,1999-06-17,2009-05-10 ; AU,chairman,2012-10-15,2017-03-14
Maite Nkoana-Mashabane | Nkoana-Mashabane | ZAF,foreign minister,2009-05-10,2018-02-26
Lindiwe Sisulu | | ZAF,foreign minister,2018-02-26,2019-05-29
Naledi Pandor | Pandor | ZAF,foreign minister,2019-05-30,2024-07-03
Ronald Lamola | Lamola | ZAF,foreign minister,2024-07-03,
# ------------------------------------------------------------------ TUR
Ahmet Necdet Sezer | Sezer | TUR,president,2000-05-16,2007-08-28
Bulent Ecevit | Ecevit ; Bülent Ecevit | TUR,prime minister,1999-05-28,2002-11-18
Abdullah Gul | Gul ; Gül ; Abdullah Gül | TUR,prime minister,2002-11-18,2003-03-14 ; TUR,foreign minister,2003-03-14,2007-08-28 ; TUR,president,2007-08-28,2014-08-28
Recep Tayyip Erdogan | Erdogan ; Erdoğan ; Tayyip Erdogan ; Recep Tayyip Erdoğan | TUR,prime minister,2003-03-14,2014-08-28 ; TUR,president,2014-08-28,
Ahmet Davutoglu | Davutoglu ; Davutoğlu ; Ahmet Davutoğlu | TUR,foreign minister,2009-05-01,2014-08-29 ; TUR,prime minister,2014-08-28,2016-05-24
Binali Yildirim | Yildirim ; Yıldırım ; Binali Yıldırım | TUR,prime minister,2016-05-24,2018-07-09
Ismail Cem | İsmail Cem | TUR,foreign minister,1997-06-30,2002-07-11
Yasar Yakis | Yaşar Yakış | TUR,foreign minister,2002-11-18,2003-03-14
Ali Babacan | Babacan | TUR,foreign minister,2007-08-29,2009-05-01
Mevlut Cavusoglu | Cavusoglu ; Çavuşoğlu ; Mevlüt Çavuşoğlu | TUR,foreign minister,2014-08-29,2015-08-28 ; TUR,foreign minister,2015-11-24,2023-06-04
Feridun Sinirlioglu | Sinirlioglu ; Feridun Sinirlioğlu | TUR,foreign minister,2015-08-28,2015-11-24
Hakan Fidan | Fidan | TUR,foreign minister,2023-06-04,
# ------------------------------------------------------------------ UKR
Leonid Kuchma | Kuchma | UKR,president,1994-07-19,2005-01-23
Viktor Yushchenko | Yushchenko | UKR,prime minister,1999-12-22,2001-05-29 ; UKR,president,2005-01-23,2010-02-25
Viktor Yanukovych | Yanukovych | UKR,prime minister,2002-11-21,2005-01-05 ; UKR,prime minister,2006-08-04,2007-12-18 ; UKR,president,2010-02-25,2014-02-22
Oleksandr Turchynov | Turchynov | UKR,president,2014-02-23,2014-06-07
Petro Poroshenko | Poroshenko | UKR,foreign minister,2009-10-09,2010-03-11 ; UKR,president,2014-06-07,2019-05-20
Volodymyr Zelenskiy | Zelenskiy ; Zelensky ; Zelenskyy ; Volodymyr Zelensky ; Volodymyr Zelenskyy | UKR,president,2019-05-20,
Anatoliy Kinakh | Kinakh | UKR,prime minister,2001-05-29,2002-11-21
Yulia Tymoshenko | Tymoshenko | UKR,prime minister,2005-01-24,2005-09-08 ; UKR,prime minister,2007-12-18,2010-03-11
Yuriy Yekhanurov | Yekhanurov | UKR,prime minister,2005-09-22,2006-08-04
Mykola Azarov | Azarov | UKR,prime minister,2010-03-11,2014-01-28
Arseniy Yatsenyuk | Yatsenyuk | UKR,foreign minister,2007-03-21,2007-12-04 ; UKR,prime minister,2014-02-27,2016-04-14
Volodymyr Groysman | Groysman | UKR,prime minister,2016-04-14,2019-08-29
Oleksiy Honcharuk | Honcharuk | UKR,prime minister,2019-08-29,2020-03-04
Denys Shmyhal | Shmyhal | UKR,prime minister,2020-03-04,2025-07-17
Yulia Svyrydenko | Svyrydenko | UKR,prime minister,2025-07-17,
Borys Tarasyuk | Tarasyuk | UKR,foreign minister,1998-04-01,2000-10-01 ; UKR,foreign minister,2005-02-04,2007-01-30
Anatoliy Zlenko | Zlenko | UKR,foreign minister,2000-10-02,2003-09-02
Kostyantyn Gryshchenko | Gryshchenko | UKR,foreign minister,2003-09-02,2005-02-03 ; UKR,foreign minister,2010-03-11,2012-12-24
Volodymyr Ohryzko | Ohryzko | UKR,foreign minister,2007-12-18,2009-03-03
Leonid Kozhara | Kozhara | UKR,foreign minister,2012-12-24,2014-02-23
Andrii Deshchytsia | Deshchytsia | UKR,foreign minister,2014-02-27,2014-06-19
Pavlo Klimkin | Klimkin | UKR,foreign minister,2014-06-19,2019-08-29
Vadym Prystaiko | Prystaiko | UKR,foreign minister,2019-08-29,2020-03-04
Dmytro Kuleba | Kuleba | UKR,foreign minister,2020-03-04,2024-09-05
Andrii Sybiha | Sybiha ; Andriy Sybiha | UKR,foreign minister,2024-09-05,
# ------------------------------------------------------------------ ISR
Ehud Barak | | ISR,prime minister,1999-07-06,2001-03-07
Ariel Sharon | | ISR,prime minister,2001-03-07,2006-01-04
Ehud Olmert | Olmert | ISR,prime minister,2006-01-04,2009-03-31
Benjamin Netanyahu | Netanyahu ; Bibi Netanyahu | ISR,prime minister,1996-06-18,1999-07-06 ; ISR,foreign minister,2002-11-06,2003-02-28 ; ISR,prime minister,2009-03-31,2021-06-13 ; ISR,foreign minister,2015-05-14,2019-02-17 ; ISR,prime minister,2022-12-29,
Naftali Bennett | | ISR,prime minister,2021-06-13,2022-06-30
Yair Lapid | Lapid | ISR,foreign minister,2021-06-13,2022-07-01 ; ISR,prime minister,2022-07-01,2022-12-29
Moshe Katsav | Katsav | ISR,president,2000-08-01,2007-07-01
Shimon Peres | Peres | ISR,prime minister,1984-09-13,1986-10-20 ; ISR,foreign minister,1986-10-20,1988-12-22 ; ISR,foreign minister,2001-03-07,2002-11-02 ; ISR,president,2007-07-15,2014-07-24
Reuven Rivlin | Rivlin | ISR,president,2014-07-24,2021-07-07
Isaac Herzog | | ISR,president,2021-07-07,
Shlomo Ben-Ami | Ben-Ami | ISR,foreign minister,2000-08-10,2001-03-07
Silvan Shalom | | ISR,foreign minister,2003-02-28,2006-01-16
Tzipi Livni | Livni | ISR,foreign minister,2006-05-04,2009-03-31
Avigdor Lieberman | Avigdor Liberman | ISR,foreign minister,2009-03-31,2012-12-18 ; ISR,foreign minister,2013-11-11,2015-05-14
Israel Katz | | ISR,foreign minister,2019-02-17,2020-05-17 ; ISR,foreign minister,2024-01-01,2024-11-05 ; ISR,defence minister,2024-11-05,
Gabi Ashkenazi | Ashkenazi | ISR,foreign minister,2020-05-17,2021-06-13
Eli Cohen | | ISR,foreign minister,2022-12-29,2024-01-01
Gideon Saar | Gideon Sa'ar ; Sa'ar | ISR,foreign minister,2024-11-05,
# ------------------------------------------------------------------ IRN
Ali Khamenei | Khamenei ; Ayatollah Khamenei ; Ayatollah Ali Khamenei | IRN,president,1981-10-13,1989-08-03 ; IRN,supreme leader,1989-06-04,
Mohammad Khatami | Khatami | IRN,president,1997-08-03,2005-08-03
Mahmoud Ahmadinejad | Ahmadinejad | IRN,president,2005-08-03,2013-08-03
Hassan Rouhani | Rouhani ; Rohani ; Hassan Rohani | IRN,president,2013-08-03,2021-08-03
Ebrahim Raisi | Raisi ; Ebrahim Raeisi | IRN,president,2021-08-03,2024-05-19
Masoud Pezeshkian | Pezeshkian | IRN,president,2024-07-28,
Kamal Kharrazi | Kharrazi | IRN,foreign minister,1997-08-20,2005-08-24
Manouchehr Mottaki | Mottaki | IRN,foreign minister,2005-08-24,2010-12-13
Ali Akbar Salehi | Salehi | IRN,foreign minister,2010-12-13,2013-08-15
Mohammad Javad Zarif | Zarif ; Javad Zarif | IRN,foreign minister,2013-08-15,2021-08-25
Hossein Amir-Abdollahian | Amir-Abdollahian ; Amirabdollahian ; Hossein Amirabdollahian | IRN,foreign minister,2021-08-25,2024-05-19
Abbas Araghchi | Araghchi | IRN,foreign minister,2024-08-21,
# ------------------------------------------------------------------ EU
Jose Manuel Barroso | Barroso ; José Manuel Barroso | EU,commission president,2004-11-22,2014-11-01
Jean-Claude Juncker | Juncker | EU,commission president,2014-11-01,2019-12-01
Ursula von der Leyen | von der Leyen ; Von der Leyen | DEU,defence minister,2013-12-17,2019-07-17 ; EU,commission president,2019-12-01,
Herman Van Rompuy | Van Rompuy | EU,council president,2009-12-01,2014-12-01
Donald Tusk | Tusk | POL,prime minister,2007-11-16,2014-09-22 ; EU,council president,2014-12-01,2019-12-01 ; POL,prime minister,2023-12-13,
Charles Michel | | EU,council president,2019-12-01,2024-12-01
Antonio Costa | António Costa | PRT,prime minister,2015-11-26,2024-04-02 ; EU,council president,2024-12-01,
Javier Solana | Solana | NATO,secretary-general,1995-12-05,1999-10-06 ; EU,high representative,1999-10-18,2009-12-01
Catherine Ashton | Ashton | EU,high representative,2009-12-01,2014-11-01
Josep Borrell | Borrell | EU,high representative,2019-12-01,2024-12-01
Kaja Kallas | Kallas | EST,prime minister,2021-01-26,2024-07-23 ; EU,high representative,2024-12-01,
# ------------------------------------------------------------------ NATO / UN
George Robertson | Lord Robertson | NATO,secretary-general,1999-10-14,2004-01-01
Jaap de Hoop Scheffer | de Hoop Scheffer | NATO,secretary-general,2004-01-01,2009-08-01
Anders Fogh Rasmussen | Fogh Rasmussen | DNK,prime minister,2001-11-27,2009-04-05 ; NATO,secretary-general,2009-08-01,2014-10-01
Jens Stoltenberg | Stoltenberg | NOR,prime minister,2000-03-17,2001-10-19 ; NOR,prime minister,2005-10-17,2013-10-16 ; NATO,secretary-general,2014-10-01,2024-10-01
Mark Rutte | Rutte | NLD,prime minister,2010-10-14,2024-07-02 ; NATO,secretary-general,2024-10-01,
Kofi Annan | Annan | UN,secretary-general,1997-01-01,2007-01-01
Antonio Guterres | Guterres ; António Guterres | PRT,prime minister,1995-10-28,2002-04-06 ; UN,secretary-general,2017-01-01,
Stephane Dujarric | Dujarric ; Stéphane Dujarric | UN,spokesman,2014-05-01,
# ------------------------------------------------------------------ 1980s office-holders
# Issue 4's 1987 target: who speaks for a state in Reuters-21578 (trade,
# OPEC, the Gulf war, debt talks).
Kiichi Miyazawa | Miyazawa | JPN,minister,1986-07-22,1987-11-06 ; JPN,prime minister,1991-11-05,1993-08-09
Hajime Tamura | Tamura | JPN,minister,1986-07-22,1987-11-06
Tadashi Kuranari | Kuranari | JPN,foreign minister,1986-07-22,1987-11-06
Noboru Takeshita | Takeshita | JPN,prime minister,1987-11-06,1989-06-03
Nigel Lawson | Lawson | GBR,minister,1983-06-11,1989-10-26
Geoffrey Howe | Howe ; Sir Geoffrey Howe | GBR,foreign minister,1983-06-11,1989-07-24
Gerhard Stoltenberg | Stoltenberg | DEU,minister,1982-10-04,1989-04-21
Paul Volcker | Volcker | USA,chairman,1979-08-06,1987-08-11
Alan Greenspan | Greenspan | USA,chairman,1987-08-11,2006-02-01
Malcolm Baldrige | Baldrige | USA,minister,1981-01-20,1987-07-25
Caspar Weinberger | Weinberger | USA,defence minister,1981-01-21,1987-11-23
Richard Lyng | Lyng | USA,minister,1986-03-07,1989-01-21
Subroto | | IDN,minister,1978-03-29,1988-03-21
Hisham Nazer | Nazer | SAU,minister,1986-10-30,1995-08-02
Ahmed Zaki Yamani | Yamani ; Sheikh Yamani | SAU,minister,1962-03-09,1986-10-30
Arturo Hernandez Grisanti | Hernandez Grisanti | VEN,minister,1984-02-02,1989-02-02
Dilson Funaro | Funaro | BRA,minister,1985-08-26,1987-04-29
Jose Sarney | Sarney ; José Sarney | BRA,president,1985-04-21,1990-03-15
Miguel de la Madrid | De la Madrid | MEX,president,1982-12-01,1988-12-01
Bettino Craxi | Craxi | ITA,prime minister,1983-08-04,1987-04-18
Giulio Andreotti | Andreotti | ITA,foreign minister,1983-08-04,1989-07-23 ; ITA,prime minister,1989-07-23,1992-06-28
Brian Mulroney | Mulroney | CAN,prime minister,1984-09-17,1993-06-25
Bob Hawke | Hawke | AUS,prime minister,1983-03-11,1991-12-20
Edouard Balladur | Balladur ; Édouard Balladur | FRA,minister,1986-03-20,1988-05-10 ; FRA,prime minister,1993-03-29,1995-05-11
Rajiv Gandhi | | IND,prime minister,1984-10-31,1989-12-02
Mohammad Zia-ul-Haq | Zia-ul-Haq ; Zia ul-Haq | PAK,president,1978-09-16,1988-08-17
Corazon Aquino | Cory Aquino | PHL,president,1986-02-25,1992-06-30
Chun Doo-hwan | Chun Doo Hwan | KOR,president,1980-09-01,1988-02-25
Akbar Hashemi Rafsanjani | Rafsanjani ; Hashemi Rafsanjani ; Ali Akbar Hashemi Rafsanjani | IRN,leader,1980-07-28,1989-08-03 ; IRN,president,1989-08-03,1997-08-03
Ali Akbar Velayati | Velayati | IRN,foreign minister,1981-12-15,1997-08-20
Mir Hossein Mousavi | Mousavi | IRN,prime minister,1981-10-31,1989-08-03
Saddam Hussein | Saddam | IRQ,president,1979-07-16,2003-04-09
Nikolai Ryzhkov | Ryzhkov | SUN,prime minister,1985-09-27,1991-01-14
Yitzhak Shamir | Shamir | ISR,prime minister,1983-10-10,1984-09-13 ; ISR,foreign minister,1984-09-13,1986-10-20 ; ISR,prime minister,1986-10-20,1992-07-13
Hosni Mubarak | Mubarak | EGY,president,1981-10-14,2011-02-11
Hussein bin Talal | King Hussein | JOR,king,1952-08-11,1999-02-07
Hafez al-Assad | Hafez Assad | SYR,president,1971-03-14,2000-06-10
Muammar Gaddafi | Gaddafi ; Gadhafi ; Qaddafi ; Kadhafi ; Muammar Qaddafi ; Muammar Gadhafi | LBY,leader,1969-09-01,2011-08-23
Yasser Arafat | Arafat | PLO,chairman,1969-02-04,1996-01-20 ; PSE,president,1996-01-20,2004-11-11
Deng Xiaoping | Deng | CHN,leader,1978-12-22,1989-11-09
Zhao Ziyang | | CHN,prime minister,1980-09-10,1987-11-24 ; CHN,leader,1987-11-02,1989-06-24
Suharto | Soeharto | IDN,president,1967-03-12,1998-05-21
Andreas Papandreou | Papandreou | GRC,prime minister,1981-10-21,1989-07-02 ; GRC,prime minister,1993-10-13,1996-01-22
Turgut Ozal | Ozal ; Özal ; Turgut Özal | TUR,prime minister,1983-12-13,1989-11-09 ; TUR,president,1989-11-09,1993-04-17
Ruud Lubbers | Lubbers | NLD,prime minister,1982-11-04,1994-08-22
Felipe Gonzalez | Felipe González | ESP,prime minister,1982-12-02,1996-05-05
Javier Perez de Cuellar | Perez de Cuellar ; Pérez de Cuéllar ; Javier Pérez de Cuéllar | UN,secretary-general,1982-01-01,1992-01-01
Jacques Delors | Delors | EU,commission president,1985-01-07,1995-01-24
Jacques de Larosiere | De Larosiere ; Jacques de Larosière | IMF,director,1978-06-17,1987-01-16
Michel Camdessus | Camdessus | IMF,director,1987-01-16,2000-02-14
Barber Conable | Conable | WB,president,1986-07-01,1991-09-01
# Named with their titles often in Reuters-21578 and listed by `rules unknown`
# there (stop 50). Shared surnames (Wilson, Douglas, Garcia) are no aliases.
Marlin Fitzwater | Fitzwater | USA,spokesman,1987-02-01,1993-01-20
Satoshi Sumita | Sumita | JPN,chairman,1984-12-17,1989-12-17
Jaime Ongpin | Ongpin | PHL,minister,1986-02-25,1987-09-01
Michael Wilson | | CAN,minister,1984-09-17,1991-04-21
Roger Douglas | | NZL,minister,1984-07-26,1988-12-14
Mark Eyskens | Eyskens | BEL,minister,1985-11-28,1988-05-09
Alan Garcia | Alan García | PER,president,1985-07-28,1990-07-28 ; PER,president,2006-07-28,2011-07-28
Branko Mikulic | Mikulic ; Branko Mikulić | YUG,prime minister,1986-05-15,1989-03-16
# ------------------------------------------------------------------ heads of state and ministers often in the 2017 news
Bashar al-Assad | Bashar Assad ; Bashar al Assad ; Assad | SYR,president,2000-07-17,2024-12-08
Aung San Suu Kyi | Suu Kyi | MMR,leader,2016-04-06,2021-02-01
Tsai Ing-wen | Tsai | TWN,president,2016-05-20,2024-05-20
Tamim bin Hamad al-Thani | Sheikh Tamim ; Emir Tamim ; Sheikh Tamim bin Hamad al-Thani | QAT,leader,2013-06-25,
Nicolas Maduro | Maduro ; Nicolás Maduro | VEN,president,2013-04-19,
Mariano Rajoy | Rajoy | ESP,prime minister,2011-12-21,2018-06-02
Sergei Shoigu | Shoigu | RUS,defence minister,2012-11-06,2024-05-12
Abdel Fattah al-Sisi | Sisi ; el-Sisi ; al-Sisi ; Abdel Fattah el-Sisi | EGY,president,2014-06-08,
Ashraf Ghani | Ghani | AFG,president,2014-09-29,2021-08-15
Shahid Khaqan Abbasi | | PAK,prime minister,2017-08-01,2018-05-31
Najib Razak | Najib | MYS,prime minister,2009-04-03,2018-05-10
Hun Sen | | KHM,prime minister,1985-01-14,2023-08-22
Robert Mugabe | Mugabe | ZWE,prime minister,1980-04-18,1987-12-31 ; ZWE,president,1987-12-31,2017-11-21
Alexander Lukashenko | Lukashenko ; Alyaksandr Lukashenka | BLR,president,1994-07-20,
Nursultan Nazarbayev | Nazarbayev | KAZ,president,1990-04-24,2019-03-20
Wilbur Ross | | USA,minister,2017-02-28,2021-01-20
"""

# '#' after a role line is not used; month-only dates are listed here for the report.
MONTH_ONLY = [
    "richard-boucher", "sean-mccormack", "victoria-nuland", "jen-psaki (State)", "john-kirby", "heather-nauert (until)",
    "morgan-ortagus", "ned-price", "matthew-miller", "tammy-bruce", "alexei-gromov", "alexander-lukashevich",
    "tang-jiaxuan", "hua-chunying", "lu-kang", "geng-shuang", "zhao-lijian", "wang-wenbin",
    "mao-ning", "lin-jian", "lamberto-dini", "borys-tarasyuk (2000)", "paek-nam-sun", "ri-su-yong", "ri-yong-ho",
    "ri-son-gwon", "sergei-ryabkov", "cho-tae-yul (until)", "gerardo-werthein (until)", "pablo-quirno", "israel-katz (2024 FM)",
    "stephane-dujarric", "eduard-shevardnadze (until)", "george-robertson (until)", "jaap-de-hoop-scheffer", "lloyd-axworthy (from)",
    "marlin-fitzwater (from)", "jaime-ongpin (until)",
]


# Women among the people above; everyone else is written "gender": "male".
# "he" and "she" are resolved to the last person named whose gender fits.
FEMALE = {
    "Alicia Barcena", "Angela Merkel", "Anita Anand", "Annalena Baerbock", "Aung San Suu Kyi",
    "Catherine Ashton", "Catherine Colonna", "Choe Son-hui", "Chrystia Freeland",
    "Claudia Ruiz Massieu", "Claudia Sheinbaum", "Condoleezza Rice", "Corazon Aquino",
    "Cristina Fernandez de Kirchner", "Dana Perino", "Diana Mondino", "Dilma Rousseff",
    "Droupadi Murmu", "Elisabeth Borne", "Emma Bonino", "Federica Mogherini", "Gina Haspel",
    "Giorgia Meloni", "Heather Nauert", "Hillary Clinton", "Hua Chunying", "Janet Yellen",
    "Jen Psaki", "Julia Gillard", "Julie Bishop", "Kaja Kallas", "Kamala Harris", "Kang Kyung-wha",
    "Karine Jean-Pierre", "Karoline Leavitt", "Kayleigh McEnany", "Kelly Craft",
    "Linda Thomas-Greenfield", "Lindiwe Sisulu", "Liz Truss", "Madeleine Albright",
    "Maite Nkoana-Mashabane", "Makiko Tanaka", "Mao Ning", "Margaret Beckett", "Margaret Thatcher",
    "Maria Zakharova", "Marise Payne", "Megawati Sukarnoputri", "Melanie Joly",
    "Michele Alliot-Marie", "Morgan Ortagus", "Naledi Pandor", "Nikki Haley",
    "Nkosazana Dlamini-Zuma", "Park Geun-hye", "Patricia Espinosa", "Penny Wong", "Pratibha Patil",
    "Queen Elizabeth II", "Retno Marsudi", "Samantha Power", "Sanae Takaichi",
    "Sarah Huckabee Sanders", "Stephanie Grisham", "Susana Malcorra", "Sushma Swaraj",
    "Tammy Bruce", "Theresa May", "Tsai Ing-wen", "Tzipi Livni", "Ursula von der Leyen",
    "Victoria Nuland", "Yoko Kamikawa", "Yoriko Kawaguchi", "Yulia Svyrydenko", "Yulia Tymoshenko",
    "Yvette Cooper",
}


def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def main():
    people = {}
    for n, line in enumerate(P.strip().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3:
            sys.exit(f"line {n}: want 3 fields: {line}")
        name, extra, roles = parts
        extras = [a.strip() for a in extra.split(";") if a.strip()]
        shared = [a[1:] for a in extras if a.startswith("~")]
        aliases = [name] + [a for a in extras if not a.startswith("~")]
        # drop duplicate aliases, keep order
        seen, al = set(), []
        for a in aliases:
            if a not in seen:
                seen.add(a)
                al.append(a)
        rl = []
        for r in roles.split(";"):
            f = [x.strip() for x in r.split(",")]
            if len(f) != 4:
                sys.exit(f"line {n}: bad role {r!r}")
            rl.append({"actor": f[0], "title": f[1], "from": f[2], "until": f[3]})
        pid = slug(name)
        if pid in people:
            sys.exit(f"duplicate person id {pid}")
        people[pid] = {"id": pid, "name": name, "aliases": al}
        if shared:
            people[pid]["shared_surname"] = shared[0]
        people[pid]["gender"] = "female" if name in FEMALE else "male"
        people[pid]["roles"] = rl
    unknown = FEMALE - {p["name"] for p in people.values()}
    if unknown:
        sys.exit(f"FEMALE names no one above: {sorted(unknown)}")
    lines = ["  " + json.dumps(people[k], ensure_ascii=False) for k in sorted(people)]
    sys.stdout.write('{\n"people": [\n' + ",\n".join(lines) + "\n]\n}\n")


if __name__ == "__main__":
    main()
