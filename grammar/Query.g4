grammar Query;
options { caseInsensitive = true; }
query : SOURCES EOF ;
SOURCES : 'sources' ;
WS : [ \t\r\n]+ -> skip ;
