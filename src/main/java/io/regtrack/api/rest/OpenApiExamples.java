package io.regtrack.api.rest;

/**
 * The examples of the OpenAPI document: one invented report (a Sóc Trăng meeting disseminating Quy
 * định số 58-QĐ/TW) followed through every operation, so the examples agree with each other. JSON
 * examples are parsed into the document; OpenApiCompletenessTest checks them against the schemas.
 */
final class OpenApiExamples {
  private OpenApiExamples() {}

  /** An article as scraped (text/plain). */
  static final String ARTICLE_TEXT =
      """
      Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị

      Thứ Ba, 15/03/2022 10:20 (GMT+7)

      Sáng 15/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về một số vấn đề bảo vệ chính trị nội bộ Đảng. Hội nghị được kết nối trực tuyến đến 11 điểm cầu cấp huyện.

      Đồng chí Trần Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có hơn 600 đại biểu là cấp ủy viên, cán bộ chủ chốt các sở, ngành, đoàn thể của tỉnh.

      Quy định số 58-QĐ/TW thay thế Quy định số 126-QĐ/TW ngày 28/02/2018 của Bộ Chính trị.

      Phát biểu kết luận, đồng chí Trần Quốc Khánh đề nghị các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện quy định ngay trong quý II năm 2022.

      Hoàng Yến
      """;

  /** A JSON submission (application/json). */
  static final String ARTICLE_JSON =
      """
      {
        "text": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị\\n\\nThứ Ba, 15/03/2022 10:20 (GMT+7)\\n\\nSáng 15/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về một số vấn đề bảo vệ chính trị nội bộ Đảng. Hội nghị được kết nối trực tuyến đến 11 điểm cầu cấp huyện.\\n\\nĐồng chí Trần Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có hơn 600 đại biểu là cấp ủy viên, cán bộ chủ chốt các sở, ngành, đoàn thể của tỉnh.\\n\\nQuy định số 58-QĐ/TW thay thế Quy định số 126-QĐ/TW ngày 28/02/2018 của Bộ Chính trị.\\n\\nPhát biểu kết luận, đồng chí Trần Quốc Khánh đề nghị các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện quy định ngay trong quý II năm 2022.\\n\\nHoàng Yến\\n",
        "url": "https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58",
        "source": "Báo Sóc Trăng",
        "publishedAt": "2022-03-15T10:20:00+07:00"
      }\
      """;

  /** A saved news page (text/html). */
  static final String ARTICLE_HTML =
      """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <title>Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị - Báo Sóc Trăng</title>
      <link rel="canonical" href="https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58">
      <meta property="og:site_name" content="Báo Sóc Trăng">
      <meta property="article:published_time" content="2022-03-15T10:20:00+07:00">
      </head>
      <body>
      <nav><a href="/">Trang chủ</a> <a href="/xay-dung-dang">Xây dựng Đảng</a></nav>
      <article>
      <h1>Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị</h1>
      <p>Sáng 15/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về một số vấn đề bảo vệ chính trị nội bộ Đảng. Hội nghị được kết nối trực tuyến đến 11 điểm cầu cấp huyện.</p>
      <p>Đồng chí Trần Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có hơn 600 đại biểu là cấp ủy viên, cán bộ chủ chốt các sở, ngành, đoàn thể của tỉnh.</p>
      <p>Quy định số 58-QĐ/TW thay thế Quy định số 126-QĐ/TW ngày 28/02/2018 của Bộ Chính trị.</p>
      <p>Phát biểu kết luận, đồng chí Trần Quốc Khánh đề nghị các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện quy định ngay trong quý II năm 2022.</p>
      <p class="author">Hoàng Yến</p>
      </article>
      <aside><h3>Tin liên quan</h3><ul><li><a href="/xay-dung-dang/1">Bạc Liêu: Hội nghị học tập Quy định số 58-QĐ/TW</a></li></ul></aside>
      </body>
      </html>
      """;

  /** A text to search for citations (text/plain). */
  static final String CITATION_TEXT =
      """
      Thực hiện Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị và Hướng dẫn số 01-HD/BTCTW của Ban Tổ chức Trung ương\
      """;

  /** A text to search for citations (application/json). */
  static final String CITATION_JSON =
      """
      {
        "text": "Thực hiện Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị và Hướng dẫn số 01-HD/BTCTW của Ban Tổ chức Trung ương"
      }\
      """;

  /** A document with its citations, meeting and person. */
  static final String DOCUMENT =
      """
      {
        "id": 42,
        "nodeId": "RG9jdW1lbnQ6NDI",
        "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
        "source": "Báo Sóc Trăng",
        "url": "https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58",
        "author": "Hoàng Yến",
        "publishedAt": "2022-03-15T10:20:00+07:00",
        "publishedOn": "2022-03-15",
        "body": "Sáng 15/3, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị quán triệt Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về một số vấn đề bảo vệ chính trị nội bộ Đảng. Hội nghị được kết nối trực tuyến đến 11 điểm cầu cấp huyện.\\n\\nĐồng chí Trần Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có hơn 600 đại biểu là cấp ủy viên, cán bộ chủ chốt các sở, ngành, đoàn thể của tỉnh.\\n\\nQuy định số 58-QĐ/TW thay thế Quy định số 126-QĐ/TW ngày 28/02/2018 của Bộ Chính trị.\\n\\nPhát biểu kết luận, đồng chí Trần Quốc Khánh đề nghị các cấp ủy, tổ chức đảng xây dựng kế hoạch thực hiện quy định ngay trong quý II năm 2022.",
        "captions": [],
        "contentHash": "604401ff634102094aece37a42bfc99ca3224071b0fb604feea6757eeda53e84",
        "extractorVersion": 4,
        "citations": [
          {
            "id": 101,
            "nodeId": "Q2l0YXRpb246MTAx",
            "text": "Quy định số 58-QĐ/TW",
            "start": 71,
            "end": 91,
            "form": "FULL",
            "stated": {
              "kind": "REGULATION",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "issuer": "Bộ Chính trị",
              "issuedOn": "2022-02-08",
              "title": "về một số vấn đề bảo vệ chính trị nội bộ Đảng",
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            },
            "regulation": \
      """
          + OpenApiExamples.REGULATION
          + """
          },
          {
            "id": 102,
            "nodeId": "Q2l0YXRpb246MTAy",
            "text": "Quy định số 58-QĐ/TW",
            "start": 407,
            "end": 427,
            "form": "FULL",
            "stated": {
              "kind": "REGULATION",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "issuer": null,
              "issuedOn": null,
              "title": null,
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            },
            "regulation": \
      """
          + OpenApiExamples.REGULATION
          + """
          },
          {
            "id": 103,
            "nodeId": "Q2l0YXRpb246MTAz",
            "text": "Quy định số 126-QĐ/TW",
            "start": 437,
            "end": 458,
            "form": "FULL",
            "stated": {
              "kind": "REGULATION",
              "number": "126",
              "symbol": "126-QĐ/TW",
              "issuer": "Bộ Chính trị",
              "issuedOn": "2018-02-28",
              "title": null,
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            },
            "regulation": \
      """
          + OpenApiExamples.REGULATION_126
          + """
          }
        ],
        "meetings": [
          \
      """
          + OpenApiExamples.MEETING
          + """
        ],
        "persons": [
          {
            "id": 77,
            "name": "Trần Quốc Khánh",
            "positions": [
              "Phó Bí thư Thường trực Tỉnh ủy"
            ]
          }
        ]
      }\
      """;

  /** A page of documents. */
  static final String DOCUMENT_LIST =
      """
      {
        "items": [
          {
            "id": 42,
            "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
            "source": "Báo Sóc Trăng",
            "url": "https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58",
            "author": "Hoàng Yến",
            "publishedAt": "2022-03-15T10:20:00+07:00",
            "publishedOn": "2022-03-15",
            "contentHash": "604401ff634102094aece37a42bfc99ca3224071b0fb604feea6757eeda53e84"
          }
        ],
        "nextCursor": "ZG9jdW1lbnRzOnYxOjIwMjItMDMtMTUsNDI"
      }\
      """;

  /** A meeting. */
  static final String MEETING =
      """
      {
        "id": 17,
        "nodeId": "TWVldGluZzoxNw",
        "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
        "kind": "DISSEMINATION",
        "date": "2022-03-15",
        "dateInferred": true,
        "datePartial": null,
        "partOfDay": "MORNING",
        "province": "Sóc Trăng",
        "provinceToday": "Cần Thơ",
        "location": null,
        "organizer": {
          "id": 12,
          "name": "Ban Thường vụ Tỉnh ủy Sóc Trăng"
        },
        "online": true,
        "bridgePoints": 11,
        "attendeeCount": 600,
        "attendeeCountQualifier": "MORE_THAN",
        "participants": [
          {
            "person": {
              "id": 77,
              "name": "Trần Quốc Khánh"
            },
            "role": "CHAIR",
            "positions": [
              "Phó Bí thư Thường trực Tỉnh ủy"
            ]
          }
        ],
        "regulations": [
          {
            "role": "DISSEMINATED",
            "regulation": \
      """
          + OpenApiExamples.REGULATION
          + """
          }
        ],
        "documents": [
          {
            "id": 42,
            "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị"
          }
        ]
      }\
      """;

  /** A page of meetings: the meeting above. */
  static final String MEETING_LIST = "{\"items\": [" + MEETING + "], \"nextCursor\": null}";

  /** meetings.csv (shown without its byte order mark). */
  static final String MEETINGS_CSV =
      """
      id,nodeId,date,dateInferred,datePartial,partOfDay,kind,title,province,provinceToday,location,organizerId,organizer,online,bridgePoints,attendeeCount,attendeeCountQualifier,chairs,regulationIds,regulations,documentIds\r
      17,TWVldGluZzoxNw,2022-03-15,true,,MORNING,DISSEMINATION,Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị,Sóc Trăng,Cần Thơ,,12,Ban Thường vụ Tỉnh ủy Sóc Trăng,true,11,600,MORE_THAN,Trần Quốc Khánh,25,58-QĐ/TW,42\r
      """;

  /** A regulation. */
  static final String REGULATION =
      """
      {
        "id": 25,
        "nodeId": "UmVndWxhdGlvbjoyNQ",
        "kind": "REGULATION",
        "kindLabel": "Quy định",
        "number": "58",
        "symbol": "58-QĐ/TW",
        "symbolInferred": false,
        "issuer": {
          "id": 1,
          "name": "Bộ Chính trị"
        },
        "issuerInferred": false,
        "issuedOn": "2022-02-08",
        "title": "về một số vấn đề bảo vệ chính trị nội bộ Đảng",
        "chapters": null,
        "articles": null,
        "term": null,
        "relations": [
          {
            "type": "REPLACES",
            "direction": "OUTGOING",
            "regulation": {
              "id": 24,
              "kind": "REGULATION",
              "kindLabel": "Quy định",
              "number": "126",
              "symbol": "126-QĐ/TW",
              "symbolInferred": false,
              "issuer": {
                "id": 1,
                "name": "Bộ Chính trị"
              },
              "issuedOn": "2018-02-28",
              "title": null
            }
          }
        ],
        "citationCount": 2,
        "documentCount": 1,
        "meetingCount": 1,
        "conflicts": []
      }\
      """;

  /** A page of regulations. */
  static final String REGULATION_LIST =
      """
      {
        "items": [
          \
      """
          + OpenApiExamples.REGULATION
          + """
      ,
          \
      """
          + OpenApiExamples.REGULATION_126
          + """
        ],
        "nextCursor": null
      }\
      """;

  /** Another regulation: Quy định 126-QĐ/TW, replaced by 58-QĐ/TW. */
  static final String REGULATION_126 =
      """
      {
        "id": 24,
        "nodeId": "UmVndWxhdGlvbjoyNA",
        "kind": "REGULATION",
        "kindLabel": "Quy định",
        "number": "126",
        "symbol": "126-QĐ/TW",
        "symbolInferred": false,
        "issuer": {
          "id": 1,
          "name": "Bộ Chính trị"
        },
        "issuerInferred": false,
        "issuedOn": "2018-02-28",
        "title": null,
        "chapters": null,
        "articles": null,
        "term": null,
        "relations": [
          {
            "type": "REPLACES",
            "direction": "INCOMING",
            "regulation": {
              "id": 25,
              "kind": "REGULATION",
              "kindLabel": "Quy định",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "symbolInferred": false,
              "issuer": {
                "id": 1,
                "name": "Bộ Chính trị"
              },
              "issuedOn": "2022-02-08",
              "title": "về một số vấn đề bảo vệ chính trị nội bộ Đảng"
            }
          }
        ],
        "citationCount": 1,
        "documentCount": 1,
        "meetingCount": 0,
        "conflicts": []
      }\
      """;

  /** regulations.csv (shown without its byte order mark). */
  static final String REGULATIONS_CSV =
      """
      id,nodeId,kind,kindLabel,number,symbol,symbolInferred,issuerId,issuer,issuedOn,title,chapters,articles,term,citationCount,documentCount,meetingCount\r
      25,UmVndWxhdGlvbjoyNQ,REGULATION,Quy định,58,58-QĐ/TW,false,1,Bộ Chính trị,2022-02-08,về một số vấn đề bảo vệ chính trị nội bộ Đảng,,,,2,1,1\r
      24,UmVndWxhdGlvbjoyNA,REGULATION,Quy định,126,126-QĐ/TW,false,1,Bộ Chính trị,2018-02-28,,,,,1,1,0\r
      """;

  /** A page of citations of a regulation. */
  static final String CITATION_LIST =
      """
      {
        "items": [
          {
            "id": 102,
            "nodeId": "Q2l0YXRpb246MTAy",
            "document": {
              "id": 42,
              "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
              "publishedOn": "2022-03-15"
            },
            "text": "Quy định số 58-QĐ/TW",
            "start": 407,
            "end": 427,
            "form": "FULL",
            "stated": {
              "kind": "REGULATION",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "issuer": null,
              "issuedOn": null,
              "title": null,
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            }
          },
          {
            "id": 101,
            "nodeId": "Q2l0YXRpb246MTAx",
            "document": {
              "id": 42,
              "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
              "publishedOn": "2022-03-15"
            },
            "text": "Quy định số 58-QĐ/TW",
            "start": 71,
            "end": 91,
            "form": "FULL",
            "stated": {
              "kind": "REGULATION",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "issuer": "Bộ Chính trị",
              "issuedOn": "2022-02-08",
              "title": "về một số vấn đề bảo vệ chính trị nội bộ Đảng",
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            }
          }
        ],
        "nextCursor": null
      }\
      """;

  /** citations.csv (shown without its byte order mark). */
  static final String CITATIONS_CSV =
      """
      id,nodeId,documentId,documentTitle,documentPublishedOn,text,start,end,form,statedKind,statedNumber,statedSymbol,statedIssuer,statedIssuedOn,statedTitle,statedChapters,statedArticles,statedTerm\r
      102,Q2l0YXRpb246MTAy,42,Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị,2022-03-15,Quy định số 58-QĐ/TW,407,427,FULL,REGULATION,58,58-QĐ/TW,,,,,,\r
      101,Q2l0YXRpb246MTAx,42,Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị,2022-03-15,Quy định số 58-QĐ/TW,71,91,FULL,REGULATION,58,58-QĐ/TW,Bộ Chính trị,2022-02-08,về một số vấn đề bảo vệ chính trị nội bộ Đảng,,,\r
      """;

  /** The citations found in a text. */
  static final String CITATIONS_FOUND =
      """
      {
        "citations": [
          {
            "id": null,
            "nodeId": null,
            "text": "Quy định số 58-QĐ/TW",
            "start": 10,
            "end": 30,
            "form": "FULL",
            "stated": {
              "kind": "REGULATION",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "issuer": "Bộ Chính trị",
              "issuedOn": "2022-02-08",
              "title": null,
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            },
            "regulation": \
      """
          + OpenApiExamples.REGULATION
          + """
          },
          {
            "id": null,
            "nodeId": null,
            "text": "Hướng dẫn số 01-HD/BTCTW",
            "start": 67,
            "end": 91,
            "form": "FULL",
            "stated": {
              "kind": "GUIDANCE",
              "number": "01",
              "symbol": "01-HD/BTCTW",
              "issuer": "Ban Tổ chức Trung ương",
              "issuedOn": null,
              "title": null,
              "chapters": null,
              "articles": null,
              "term": null,
              "symbolAsWritten": null,
              "issuerInferred": false
            },
            "regulation": null
          }
        ]
      }\
      """;

  /** A person. */
  static final String PERSON =
      """
      {
        "id": 77,
        "nodeId": "UGVyc29uOjc3",
        "name": "Trần Quốc Khánh",
        "positions": [
          "Phó Bí thư Thường trực Tỉnh ủy"
        ],
        "appearances": [
          {
            "date": "2022-03-15",
            "document": {
              "id": 42,
              "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị"
            },
            "name": "Trần Quốc Khánh",
            "positions": [
              "Phó Bí thư Thường trực Tỉnh ủy"
            ],
            "meetings": [
              {
                "id": 17,
                "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
                "kind": "DISSEMINATION",
                "date": "2022-03-15",
                "province": "Sóc Trăng",
                "role": "CHAIR",
                "positions": [
                  "Phó Bí thư Thường trực Tỉnh ủy"
                ]
              }
            ]
          }
        ],
        "meetings": [
          {
            "id": 17,
            "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
            "kind": "DISSEMINATION",
            "date": "2022-03-15",
            "province": "Sóc Trăng",
            "role": "CHAIR",
            "positions": [
              "Phó Bí thư Thường trực Tỉnh ủy"
            ]
          }
        ]
      }\
      """;

  /** A page of persons. */
  static final String PERSON_LIST =
      """
      {
        "items": [
          {
            "id": 77,
            "nodeId": "UGVyc29uOjc3",
            "name": "Trần Quốc Khánh",
            "positions": [
              "Phó Bí thư Thường trực Tỉnh ủy"
            ],
            "documentCount": 1
          }
        ],
        "nextCursor": null
      }\
      """;

  /** An organization. */
  static final String ORGANIZATION =
      """
      {
        "id": 12,
        "nodeId": "T3JnYW5pemF0aW9uOjEy",
        "name": "Ban Thường vụ Tỉnh ủy Sóc Trăng",
        "kind": "PARTY_LOCAL",
        "province": "Sóc Trăng",
        "parent": {
          "id": 11,
          "name": "Tỉnh ủy Sóc Trăng"
        }
      }\
      """;

  /** A page of organizations: a provincial committee and its standing committee (above). */
  static final String ORGANIZATION_LIST =
      "{\"items\": [{\"id\": 11, \"nodeId\": \"T3JnYW5pemF0aW9uOjEx\", \"name\": \"Tỉnh ủy Sóc"
          + " Trăng\", \"kind\": \"PARTY_LOCAL\", \"province\": \"Sóc Trăng\", \"parent\": null}, "
          + ORGANIZATION
          + "], \"nextCursor\": null}";

  /** Two of the units: a province merged on 1 July 2025 and the city it became part of. */
  static final String PROVINCES =
      """
      [
        {
          "id": 60,
          "nodeId": "UHJvdmluY2U6NjA",
          "code": "can-tho",
          "name": "Cần Thơ",
          "kind": "CITY",
          "era": "BOTH",
          "today": "Cần Thơ",
          "predecessors": [
            "Cần Thơ",
            "Hậu Giang",
            "Sóc Trăng"
          ],
          "aliases": [
            "TP Cần Thơ",
            "TP. Cần Thơ",
            "Thành phố Cần Thơ"
          ]
        },
        {
          "id": 62,
          "nodeId": "UHJvdmluY2U6NjI",
          "code": "soc-trang",
          "name": "Sóc Trăng",
          "kind": "PROVINCE",
          "era": "PRE_2025",
          "today": "Cần Thơ",
          "predecessors": [],
          "aliases": []
        }
      ]\
      """;

  /** Hits for q=quy dinh 58. */
  static final String SEARCH =
      """
      {
        "items": [
          {
            "type": "REGULATION",
            "id": 25,
            "nodeId": "UmVndWxhdGlvbjoyNQ",
            "score": 0.95,
            "highlights": [
              {
                "field": "symbol",
                "text": "58-QĐ/TW",
                "offset": 0,
                "ranges": [
                  {
                    "start": 0,
                    "end": 2
                  }
                ]
              }
            ],
            "regulation": {
              "id": 25,
              "kind": "REGULATION",
              "kindLabel": "Quy định",
              "number": "58",
              "symbol": "58-QĐ/TW",
              "symbolInferred": false,
              "issuer": {
                "id": 1,
                "name": "Bộ Chính trị"
              },
              "issuedOn": "2022-02-08",
              "title": "về một số vấn đề bảo vệ chính trị nội bộ Đảng"
            }
          },
          {
            "type": "DOCUMENT",
            "id": 42,
            "nodeId": "RG9jdW1lbnQ6NDI",
            "score": 0.9,
            "highlights": [
              {
                "field": "title",
                "text": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
                "offset": 0,
                "ranges": [
                  {
                    "start": 31,
                    "end": 39
                  },
                  {
                    "start": 43,
                    "end": 45
                  }
                ]
              }
            ],
            "document": {
              "id": 42,
              "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
              "source": "Báo Sóc Trăng",
              "url": "https://baosoctrang.example.vn/xay-dung-dang/hoi-nghi-quan-triet-quy-dinh-58",
              "author": "Hoàng Yến",
              "publishedAt": "2022-03-15T10:20:00+07:00",
              "publishedOn": "2022-03-15",
              "contentHash": "604401ff634102094aece37a42bfc99ca3224071b0fb604feea6757eeda53e84"
            }
          },
          {
            "type": "MEETING",
            "id": 17,
            "nodeId": "TWVldGluZzoxNw",
            "score": 0.9,
            "highlights": [
              {
                "field": "title",
                "text": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
                "offset": 0,
                "ranges": [
                  {
                    "start": 31,
                    "end": 39
                  },
                  {
                    "start": 43,
                    "end": 45
                  }
                ]
              }
            ],
            "meeting": {
              "id": 17,
              "title": "Sóc Trăng: Hội nghị quán triệt Quy định số 58-QĐ/TW của Bộ Chính trị",
              "kind": "DISSEMINATION",
              "date": "2022-03-15",
              "province": "Sóc Trăng",
              "provinceToday": "Cần Thơ",
              "location": null
            }
          }
        ],
        "nextCursor": null
      }\
      """;

  /** An import job, just queued. */
  static final String JOB_QUEUED =
      """
      {
        "id": 8,
        "kind": "IMPORT",
        "state": "QUEUED",
        "total": 2,
        "done": 0,
        "failed": 0,
        "errors": [],
        "createdBy": "editor",
        "createdAt": "2025-03-14T02:11:09.412Z",
        "startedAt": null,
        "finishedAt": null
      }\
      """;

  /** A re-extraction job, just queued. */
  static final String JOB_REEXTRACT =
      """
      {
        "id": 9,
        "kind": "REEXTRACT",
        "state": "QUEUED",
        "total": 0,
        "done": 0,
        "failed": 0,
        "errors": [],
        "createdBy": "admin",
        "createdAt": "2025-03-14T02:20:00.125Z",
        "startedAt": null,
        "finishedAt": null
      }\
      """;

  /** A finished import job with one failed line. */
  static final String JOB_DONE =
      """
      {
        "id": 8,
        "kind": "IMPORT",
        "state": "SUCCEEDED",
        "total": 2,
        "done": 1,
        "failed": 1,
        "errors": [
          {
            "item": "line 2",
            "message": "publishedAt must be an ISO-8601 date or date-time, got '15/3/2022'"
          }
        ],
        "createdBy": "editor",
        "createdAt": "2025-03-14T02:11:09.412Z",
        "startedAt": "2025-03-14T02:11:09.460Z",
        "finishedAt": "2025-03-14T02:11:10.031Z"
      }\
      """;

  /** A malformed parameter. */
  static final String PROBLEM_400 =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "from must be an ISO-8601 date such as 2022-02-08, got '15/3/2022'",
        "parameter": "from"
      }\
      """;

  /** An id that is not a positive integer. */
  static final String PROBLEM_400_ID =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "id must be a positive integer, got 'soc-trang'",
        "parameter": "id"
      }\
      """;

  /** A flag that is neither true nor false. */
  static final String PROBLEM_400_FLAG =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "all must be true or false, got 'yes'",
        "parameter": "all"
      }\
      """;

  /** A missing symbol. */
  static final String PROBLEM_400_SYMBOL =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "symbol is required, e.g. symbol=58-QĐ/TW",
        "parameter": "symbol"
      }\
      """;

  /** An unknown province. */
  static final String PROBLEM_400_PROVINCE =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "province must be a province name, alias or code (\\"Hà Nam\\", \\"ha-nam\\"), got 'Soc Tran'",
        "parameter": "province"
      }\
      """;

  /** A limit out of range. */
  static final String PROBLEM_400_LIMIT =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "limit must be a whole number from 1 to 100, got '500'",
        "parameter": "limit"
      }\
      """;

  /** A missing query. */
  static final String PROBLEM_400_QUERY =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "q is required, e.g. q=quy dinh 58",
        "parameter": "q"
      }\
      """;

  /** A since that is neither a token nor a date-time. */
  static final String PROBLEM_400_SINCE =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "since must be an ISO-8601 date-time with an offset (2024-05-01T00:00:00Z, 2024-05-01T07:00:00+07:00) or the nextToken of a page of this feed, got '14/3/2025'",
        "parameter": "since"
      }\
      """;

  /** No article in the body. */
  static final String PROBLEM_400_BODY =
      """
      {
        "type": "https://regtrack.io/problems/invalid-input",
        "title": "Bad Request",
        "status": 400,
        "detail": "The article text is empty",
        "parameter": "text"
      }\
      """;

  /** No or an unknown API key. */
  static final String PROBLEM_401 =
      """
      {
        "type": "https://regtrack.io/problems/unauthorized",
        "title": "Unauthorized",
        "status": 401,
        "detail": "A valid API key is required: Authorization: Bearer <key>",
        "parameter": "Authorization"
      }\
      """;

  /** An API key without the role. */
  static final String PROBLEM_403 =
      """
      {
        "type": "https://regtrack.io/problems/forbidden",
        "title": "Forbidden",
        "status": 403,
        "detail": "The API key does not grant the role this operation needs"
      }\
      """;

  /** An unknown document. */
  static final String PROBLEM_404_DOCUMENT =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Document 4242 was not found"
      }\
      """;

  /** An unknown meeting. */
  static final String PROBLEM_404_MEETING =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Meeting 1717 was not found"
      }\
      """;

  /** An unknown regulation. */
  static final String PROBLEM_404_REGULATION =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Regulation 2525 was not found"
      }\
      """;

  /** A symbol no regulation has. */
  static final String PROBLEM_404_SYMBOL =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Regulation with symbol 999-QĐ/TW was not found"
      }\
      """;

  /** An unknown person. */
  static final String PROBLEM_404_PERSON =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Person 7777 was not found"
      }\
      """;

  /** An unknown organization. */
  static final String PROBLEM_404_ORGANIZATION =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Organization 1212 was not found"
      }\
      """;

  /** An unknown job. */
  static final String PROBLEM_404_JOB =
      """
      {
        "type": "https://regtrack.io/problems/not-found",
        "title": "Not Found",
        "status": 404,
        "detail": "Job 88 was not found"
      }\
      """;

  /** Accept names no type the operation produces. */
  static final String PROBLEM_406 =
      """
      {
        "type": "https://regtrack.io/problems/http-406",
        "title": "Not Acceptable",
        "status": 406,
        "detail": "Not Acceptable"
      }\
      """;

  /** A body over the limit. */
  static final String PROBLEM_413 =
      """
      {
        "type": "https://regtrack.io/problems/payload-too-large",
        "title": "Request Entity Too Large",
        "status": 413,
        "detail": "The request body exceeds the maximum of 2097152 bytes",
        "parameter": "body"
      }\
      """;

  /** Another Content-Type or charset. */
  static final String PROBLEM_415 =
      """
      {
        "type": "https://regtrack.io/problems/unsupported-media-type",
        "title": "Unsupported Media Type",
        "status": 415,
        "detail": "Send UTF-8: text/plain; charset=utf-8 or application/json (and, for documents, text/html)",
        "parameter": "Content-Type"
      }\
      """;

  /** Too many jobs queued or running. */
  static final String PROBLEM_503 =
      """
      {
        "type": "https://regtrack.io/problems/busy",
        "title": "Service Unavailable",
        "status": 503,
        "detail": "This server already has 16 jobs queued or running; try again when some have finished"
      }\
      """;
}
